namespace RentToOwn.Domain.Calendar;

/// <summary>
/// Legal deadlines in working or calendar days, driven by an injected <see cref="TimeProvider"/> (use a fake one in
/// tests). The day of the triggering event is never counted; a deadline ends at the end of its last day in
/// Kazakhstan local time (UTC+5, the single time zone since 1 March 2024, unless configured otherwise).
/// </summary>
public sealed class DeadlineCalculator
{
    private readonly TimeProvider _time;
    private readonly IWorkingDayCalendar _calendar;
    private readonly TimeSpan _utcOffset;

    /// <summary>Creates the calculator; <paramref name="utcOffset"/> defaults to +05:00.</summary>
    public DeadlineCalculator(TimeProvider time, IWorkingDayCalendar calendar, TimeSpan? utcOffset = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(calendar);
        _time = time;
        _calendar = calendar;
        _utcOffset = utcOffset ?? TimeSpan.FromHours(5);
    }

    /// <summary>Today's local date.</summary>
    public DateOnly Today => LocalDate(_time.GetUtcNow());

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/>.</summary>
    public DateOnly WorkingDaysAfter(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return _calendar.AddWorkingDays(start, days);
    }

    /// <summary>The date <paramref name="days"/> calendar days after <paramref name="start"/>.</summary>
    public DateOnly CalendarDaysAfter(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return start.AddDays(days);
    }

    /// <summary>The deadline of <paramref name="kind"/> for an event at <paramref name="eventAt"/>.</summary>
    public Deadline For(LegalDeadline kind, DateTimeOffset eventAt)
    {
        var start = LocalDate(eventAt);
        var due = kind switch
        {
            LegalDeadline.RecipientListUpload => WorkingDaysAfter(start, 2), // A.6
            LegalDeadline.ApplicationSubmission => CalendarDaysAfter(start, 15), // A.7
            LegalDeadline.KtkDecision => CalendarDaysAfter(start, 15), // A.13
            LegalDeadline.RegistrationService => WorkingDaysAfter(start, 1), // A.38
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown deadline"),
        };
        var dueAt = new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), _utcOffset);
        return new Deadline(kind, start, due, dueAt);
    }

    /// <summary>The deadline of <paramref name="kind"/> for an event happening now.</summary>
    public Deadline StartNow(LegalDeadline kind) => For(kind, _time.GetUtcNow());

    /// <summary>True once the current time is at or after <see cref="Deadline.DueAt"/>.</summary>
    public bool IsOverdue(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return _time.GetUtcNow() >= deadline.DueAt;
    }

    /// <summary>Time left until the deadline passes (negative when overdue).</summary>
    public TimeSpan Remaining(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.DueAt - _time.GetUtcNow();
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(_utcOffset).DateTime);
}
