namespace RentToOwn.Platform.Term;

/// <summary>Configuration section <c>Term</c>.</summary>
public sealed class TermOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Term";

    /// <summary>A payment reminder goes out this many days before the effective due date.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>Largest accepted court decision document, bytes.</summary>
    public long MaxCourtDecisionBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How often the notices job runs, minutes.</summary>
    public int NoticeIntervalMinutes { get; set; } = 60;
}
