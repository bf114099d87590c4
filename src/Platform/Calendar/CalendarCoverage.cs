using RentToOwn.Domain.Calendar;

namespace RentToOwn.Platform.Calendar;

/// <summary>
/// Whether the working-day calendar has per-year data (Kurban Ait, the government's transfers) for this year and,
/// near its end, for the next: without it every legal deadline (A.6, A.13, A.38) and due date of that year fails.
/// </summary>
public sealed class CalendarCoverage(KazakhstanCalendar calendar, TimeProvider time)
{
    /// <summary>How long before the new year the missing next year is reported.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromDays(60);

    /// <summary>The last year with data.</summary>
    public int CoveredThrough => calendar.YearsWithData.Count == 0 ? 0 : calendar.YearsWithData[^1];

    /// <summary>What an operator must do, or null when the calendar covers today and the coming weeks.</summary>
    public string? Warning()
    {
        var now = time.GetUtcNow();
        var years = calendar.YearsWithData;
        if (!years.Contains(now.Year))
        {
            return $"The working-day calendar has no data for {now.Year}: legal deadlines cannot be computed. Load the year with Domain:Calendar:ExtraDataFile.";
        }

        var soon = now + Lead;
        return soon.Year != now.Year && !years.Contains(soon.Year)
            ? $"The working-day calendar has no data for {soon.Year} (Kurban Ait, transfers); deadlines from {soon.Year}-01-01 will fail. Load it with Domain:Calendar:ExtraDataFile before the new year."
            : null;
    }
}
