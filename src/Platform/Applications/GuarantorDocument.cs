namespace RentToOwn.Platform.Applications;

/// <summary>A.10 as it applies to a guarantor (A.12): one of the guarantor's own documents, kept with their invitation.</summary>
public sealed class GuarantorDocument
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The invitation (guarantor) it belongs to.</summary>
    public Guid InvitationId { get; set; }

    /// <summary>Which document.</summary>
    public GuarantorDocumentKind Kind { get; set; }

    /// <summary>Original file name.</summary>
    public required string FileName { get; set; }

    /// <summary>Detected content type (from the file's own bytes).</summary>
    public required string ContentType { get; set; }

    /// <summary>SHA-256 of the bytes, lowercase hex (in the text the guarantor signs).</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file.</summary>
    public required byte[] Content { get; set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The documents a guarantor gives (A.12 → A.10, our reading for a guarantor; see docs/algorithm.md).</summary>
public enum GuarantorDocumentKind
{
    /// <summary>A person: employment certificate (position, tenure).</summary>
    EmploymentCertificate,
    /// <summary>A person: salary certificate for the last 6 months or more.</summary>
    SalaryCertificate,
    /// <summary>A legal entity: certificate of state registration (BIN, head).</summary>
    RegistrationCertificate,
    /// <summary>A legal entity: the latest financial statements (income, obligations).</summary>
    FinancialStatement,
}
