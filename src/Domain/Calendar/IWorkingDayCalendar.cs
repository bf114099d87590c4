namespace RentToOwn.Domain.Calendar;

/// <summary>A working-day calendar: which days are working days, and counting in working days.</summary>
public interface IWorkingDayCalendar
{
    /// <summary>True when <paramref name="date"/> is a working day (not a weekend, holiday or transferred day off).</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="date"/>; <paramref name="date"/> itself
    /// is never counted (so a start on a day off counts from the next working day). Zero returns <paramref name="date"/>;
    /// a negative count counts backwards.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly date, int workingDays);
}
