namespace RentToOwn.Domain.Calendar;

/// <summary>Configuration of the working-day calendar (section <c>Domain:Calendar</c>).</summary>
public sealed class CalendarOptions
{
    /// <summary>Optional extra per-year data file (same JSON format as the embedded one); its years replace embedded ones.</summary>
    public string? ExtraDataFile { get; set; }

    /// <summary>When true (default), asking about a year without data throws <see cref="CalendarDataException"/>.</summary>
    public bool RequireYearData { get; set; } = true;
}
