namespace RentToOwn.Platform.Term.Notices;

/// <summary>A sent notice: one per (lease, period, kind), which makes the job idempotent.</summary>
public sealed class TermNotice
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>Schedule period number.</summary>
    public int Period { get; set; }

    /// <summary>Reminder or arrears.</summary>
    public TermNoticeKind Kind { get; set; }

    /// <summary>Amount the notice is about, tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>The period's effective due date.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>The SMS queued, if the tenant has a phone on file.</summary>
    public Guid? SmsId { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
