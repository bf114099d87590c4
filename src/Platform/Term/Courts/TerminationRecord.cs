namespace RentToOwn.Platform.Term.Courts;

/// <summary>
/// Seed 000 ("nobody is deprived of housing without a court decision"): a termination without purchase. Voluntary:
/// the tenant's EDS signature over the request. Involuntary: the court decision record (court, case number, date, the
/// decision file and its SHA-256), certified by the KTK officer's EDS over the decision file.
/// </summary>
public sealed class TerminationRecord
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>Voluntary or involuntary.</summary>
    public TerminationKind Kind { get; set; }

    /// <summary>The stated ground (e.g. arrears).</summary>
    public required string Ground { get; set; }

    /// <summary>Involuntary: the court's name.</summary>
    public string? CourtName { get; set; }

    /// <summary>Involuntary: the case number.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>Involuntary: the decision date.</summary>
    public DateOnly? DecisionDate { get; set; }

    /// <summary>Involuntary: the day the decision entered into legal force, as the court-records service says.</summary>
    public DateOnly? DecisionInForceOn { get; set; }

    /// <summary>Involuntary: when the court-records service confirmed the decision (seed 000: never on KTK's word).</summary>
    public DateTimeOffset? CourtVerifiedAt { get; set; }

    /// <summary>Involuntary: the family members living with the tenant whom the ruling considered, minors first (JSON, <see cref="RentToOwn.Platform.Courts.FamilyMember"/>).</summary>
    public string? ConsideredFamily { get; set; }

    /// <summary>Involuntary: the uploaded decision's file name.</summary>
    public string? DecisionFileName { get; set; }

    /// <summary>Involuntary: its content type (PDF, JPEG or PNG by content).</summary>
    public string? DecisionContentType { get; set; }

    /// <summary>Involuntary: the decision document.</summary>
    public byte[]? DecisionFile { get; set; }

    /// <summary>The signed document's SHA-256 (decision file, or the voluntary request text), lowercase hex.</summary>
    public required string DocumentSha256 { get; set; }

    /// <summary>The verified CMS (tenant's for voluntary, officer's for involuntary), once signed.</summary>
    public byte[]? Cms { get; set; }

    /// <summary>Who signed it (never on the ledger).</summary>
    public string? SignerIin { get; set; }

    /// <summary>The stored ledger receipt of the accepted signature.</summary>
    public Guid? ReceiptId { get; set; }

    /// <summary>The account that recorded it.</summary>
    public Guid RecordedByAccountId { get; set; }

    /// <summary>When recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When accepted (signature verified); null while the officer's signature is awaited.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }
}
