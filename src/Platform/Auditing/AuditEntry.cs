namespace RentToOwn.Platform.Auditing;

/// <summary>One line of the audit log: every read of personal data, allowed or refused (A.9, A.39).</summary>
public sealed class AuditEntry
{
    /// <summary>Primary key, increasing.</summary>
    public long Id { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who acted (IIN of the logged-in user, or <c>system</c>).</summary>
    public required string Actor { get; set; }

    /// <summary>Whose data was touched, when a person's.</summary>
    public string? SubjectIin { get; set; }

    /// <summary>What was done (e.g. <c>read:recipient-list</c>).</summary>
    public required string Action { get; set; }

    /// <summary>Which record (type and id).</summary>
    public required string Resource { get; set; }

    /// <summary>False when the action was refused (e.g. no live consent).</summary>
    public bool Allowed { get; set; }
}
