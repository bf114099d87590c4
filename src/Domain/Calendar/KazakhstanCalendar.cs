using System.Collections.Concurrent;

namespace RentToOwn.Domain.Calendar;

/// <summary>
/// The working-day calendar of the Republic of Kazakhstan (five-day week):
/// Saturdays and Sundays off; the fixed holidays of <see cref="PublicHoliday.Kazakhstan"/>; the first day of
/// Kurban Ait from per-year data. A state or national holiday on a Saturday or Sunday moves to the next working
/// day; 7 January and Kurban Ait never move. Government transfers (<see cref="DayTransfer"/>) come from the
/// per-year data. A year with no data throws <see cref="CalendarDataException"/> unless
/// <c>requireYearData</c> is false (then that year has no Kurban Ait and no transfers).
/// </summary>
public sealed class KazakhstanCalendar : IWorkingDayCalendar
{
    private readonly CalendarData _data;
    private readonly bool _requireYearData;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _daysOff = new();
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _workingWeekends = new();

    /// <summary>Creates the calendar from per-year data.</summary>
    public KazakhstanCalendar(CalendarData data, bool requireYearData = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _requireYearData = requireYearData;
    }

    /// <summary>A calendar on the embedded data (2025–2027).</summary>
    public static KazakhstanCalendar FromEmbeddedData() => new(CalendarData.Embedded());

    /// <summary>A calendar on the embedded data plus the configured extra file.</summary>
    public static KazakhstanCalendar FromOptions(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = CalendarData.Embedded();
        if (!string.IsNullOrWhiteSpace(options.ExtraDataFile))
        {
            data = data.Merge(CalendarData.FromFile(options.ExtraDataFile));
        }

        return new KazakhstanCalendar(data, options.RequireYearData);
    }

    /// <summary>The years with per-year data (Kurban Ait, transfers), ascending.</summary>
    public IReadOnlyList<int> YearsWithData => [.. _data.Years.Keys.Order()];

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date)
    {
        var year = date.Year;
        if (WorkingWeekends(year).Contains(date))
        {
            return true;
        }

        return !IsWeekend(date) && !DaysOff(year).Contains(date);
    }

    /// <summary>The non-weekend days off of <paramref name="year"/> with why each is off, in date order.</summary>
    public IReadOnlyList<DayOff> HolidaysOf(int year) => Build(year).Explained;

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var left = Math.Abs(workingDays);
        var current = date;
        while (left > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                left--;
            }
        }

        return current;
    }

    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private HashSet<DateOnly> DaysOff(int year) => _daysOff.GetOrAdd(year, y => [.. Build(y).Explained.Select(e => e.Date)]);

    private HashSet<DateOnly> WorkingWeekends(int year) =>
        _workingWeekends.GetOrAdd(year, y => [.. YearData(y)?.Transfers.Select(t => t.WorkingDay) ?? []]);

    private CalendarYear? YearData(int year)
    {
        if (_data.Years.TryGetValue(year, out var data))
        {
            return data;
        }

        return _requireYearData
            ? throw new CalendarDataException(
                $"no calendar data for {year} (Kurban Ait date and transfers unknown); load a calendar data file for {year}")
            : null;
    }

    private YearBuild Build(int year)
    {
        var data = YearData(year);
        var off = new SortedDictionary<DateOnly, string>();
        var holidays = PublicHoliday.Kazakhstan
            .Select(h => (Date: new DateOnly(year, h.Month, h.Day), h.Name, h.MovesOffWeekend))
            .ToList();
        if (data is not null)
        {
            holidays.Add((data.KurbanAit, "Курбан айт (first day)", false));
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        var holidayDates = holidays.Select(h => h.Date).ToHashSet();
        foreach (var h in holidays.Where(h => !IsWeekend(h.Date)))
        {
            off[h.Date] = h.Name;
        }

        // Law "On holidays" art. 5: a state/national holiday on a weekend gives the next working day off.
        // Holidays are taken in date order, so consecutive weekend holidays (e.g. Nauryz 21–22 March) take
        // consecutive working days after the holiday block.
        foreach (var h in holidays.Where(h => h.MovesOffWeekend && IsWeekend(h.Date)))
        {
            var next = h.Date.AddDays(1);
            while (IsWeekend(next) || holidayDates.Contains(next) || off.ContainsKey(next))
            {
                next = next.AddDays(1);
            }

            off[next] = $"{h.Name} (moved from {h.Date:yyyy-MM-dd})";
        }

        foreach (var t in data?.Transfers ?? [])
        {
            off[t.DayOff] = $"transfer from {t.WorkingDay:yyyy-MM-dd}: {t.Basis}";
        }

        return new YearBuild([.. off.Select(kv => new DayOff(kv.Key, kv.Value))]);
    }

    private sealed record YearBuild(IReadOnlyList<DayOff> Explained);
}
