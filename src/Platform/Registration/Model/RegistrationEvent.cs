namespace RentToOwn.Platform.Registration.Model;

/// <summary>One entry of an application's timeline; cadastre entries are unique per (cadastre id, sequence) and each is on the ledger.</summary>
public sealed class RegistrationEvent
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid RegistrationId { get; set; }

    /// <summary>What it records.</summary>
    public RegistrationEventKind Kind { get; set; }

    /// <summary>The cadastre application id (cadastre events).</summary>
    public string? CadastreId { get; set; }

    /// <summary>The cadastre's sequence (cadastre events), else 0.</summary>
    public long Sequence { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Status name (e.g. SUSPENDED) or platform step code (e.g. FormSigned).</summary>
    public required string Code { get; set; }

    /// <summary>Reason code.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>Legal basis.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>Kazakh text.</summary>
    public string? TextKk { get; set; }

    /// <summary>Russian text.</summary>
    public string? TextRu { get; set; }

    /// <summary>Notices: the inbox (EGOV_CABINET, PLATFORM_CABINET, FIRST_CREDIT_BUREAU).</summary>
    public string? NoticeInbox { get; set; }

    /// <summary>Its ledger receipt (<c>ledger_receipts</c>): the cadastre event's own record, or the signed step a platform event names.</summary>
    public Guid? ReceiptId { get; set; }

    /// <summary>
    /// Cadastre events: the event message's protobuf bytes exactly as hashed onto the ledger (the RegistrationResult record
    /// holds their SHA-256), kept so its verification sheet can show the hash checks; null for platform steps and for events
    /// stored before the bytes were kept.
    /// </summary>
    public byte[]? Message { get; set; }
}
