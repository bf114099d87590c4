namespace RentToOwn.Platform.Scheduling.Reminders;

/// <summary>
/// One reminder the scheduler produced: the idempotency record (unique per kind, subject, lead and account, so a
/// reminder is never sent twice, even after a restart or by two nodes) and the recipient's list of reminders.
/// </summary>
public sealed class SentReminder
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>What it reminds of.</summary>
    public ReminderKind Kind { get; set; }

    /// <summary>The application or video session it is about (never a person's id).</summary>
    public required string SubjectId { get; set; }

    /// <summary>For video sessions: the lead time in minutes (1440 = 24 h before); 0 otherwise.</summary>
    public int LeadMinutes { get; set; }

    /// <summary>The platform account reminded.</summary>
    public Guid AccountId { get; set; }

    /// <summary>The text (as sent, or as it would have been sent when there is no phone or it was superseded).</summary>
    public required string Text { get; set; }

    /// <summary>The deadline or session start it refers to.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>When the reminder was produced.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The SMS in the outbox; null when the account has no phone or the reminder was superseded.</summary>
    public Guid? SmsMessageId { get; set; }

    /// <summary>
    /// True when a nearer reminder of the same session was due at the same time (e.g. scheduled 30 minutes ahead:
    /// only the 1-hour reminder goes out and the 24-hour one is recorded as superseded, never sent later).
    /// </summary>
    public bool Superseded { get; set; }
}
