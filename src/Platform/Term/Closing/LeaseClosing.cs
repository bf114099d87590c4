namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// The end of a lease (A.29–A.31): KTK's letter for the termination of the encumbrance and, after a purchase, the
/// transfer contract for the tenant's ownership; both rendered as deterministic PDFs and signed with EDS; then the
/// registration applications filed through <c>IRegistrationApplications</c>.
/// </summary>
public sealed class LeaseClosing
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The lease (one closing per lease).</summary>
    public Guid LeaseId { get; set; }

    /// <summary>Why it ends.</summary>
    public ClosingReason Reason { get; set; }

    /// <summary>The accepted termination it rests on (voluntary or court decision), if any.</summary>
    public Guid? TerminationId { get; set; }

    /// <summary>Letter number, e.g. <c>RTO-2026-ABCD1234/T</c>.</summary>
    public required string LetterNumber { get; set; }

    /// <summary>Kazakhstan date of the documents.</summary>
    public DateOnly DocumentDate { get; set; }

    /// <summary>KTK's letter PDF, exactly as signed.</summary>
    public required byte[] LetterPdf { get; set; }

    /// <summary>SHA-256 of the letter, lowercase hex.</summary>
    public required string LetterSha256 { get; set; }

    /// <summary>The transfer contract PDF (purchase only).</summary>
    public byte[]? TransferPdf { get; set; }

    /// <summary>SHA-256 of the transfer contract, lowercase hex.</summary>
    public string? TransferSha256 { get; set; }

    /// <summary>The KTK officer who initiated it.</summary>
    public Guid InitiatedByAccountId { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset InitiatedAt { get; set; }

    /// <summary>The encumbrance-termination application, once filed.</summary>
    public Guid? TerminationRegistrationId { get; set; }

    /// <summary>The ownership application, once filed (purchase only).</summary>
    public Guid? OwnershipRegistrationId { get; set; }

    /// <summary>When the applications were filed.</summary>
    public DateTimeOffset? FiledAt { get; set; }

    /// <summary>Accepted signatures over the letter and the transfer contract.</summary>
    public List<ClosingSignature> Signatures { get; set; } = [];
}
