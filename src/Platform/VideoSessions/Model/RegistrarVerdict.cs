namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>
/// The registrar's verdict after the video session (A.21, A.23, A.30): the checklist, the decision,
/// the exact document the registrar signed, the CAdES signature, and the link to its ledger receipt.
/// </summary>
public sealed class RegistrarVerdict
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The session (one verdict per session).</summary>
    public Guid SessionId { get; set; }

    /// <summary>The registrar's account.</summary>
    public Guid RegistrarAccountId { get; set; }

    /// <summary>A.21: the signatures' authenticity was confirmed.</summary>
    public bool SignaturesAuthentic { get; set; }

    /// <summary>A.21: the parties have legal capacity.</summary>
    public bool LegalCapacity { get; set; }

    /// <summary>A.21: the deal is voluntary.</summary>
    public bool FreeWill { get; set; }

    /// <summary>A.23: both spouses took part (true when the tenant is not married).</summary>
    public bool SpousesPresent { get; set; }

    /// <summary>The registrar's decision: every check passed and the parties are confirmed.</summary>
    public bool Confirmed { get; set; }

    /// <summary>Free-text remark of the registrar (may be empty; kept beside the findings, which have no remark field).</summary>
    public string Remark { get; set; } = "";

    /// <summary>The signed findings: the serialized <c>VideoSessionFindings</c> the cadastre verifies (A.21, the one document the registrar signs).</summary>
    public required byte[] Document { get; set; }

    /// <summary>The registrar's detached CAdES over <see cref="Document"/>.</summary>
    public required byte[] Signature { get; set; }

    /// <summary>SHA-256 (hex) of the signing certificate.</summary>
    public required string CertificateFingerprint { get; set; }

    /// <summary>When the platform accepted it.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The ledger receipt of the RegistrarVerdict record (<c>ledger_receipts</c>: leaf, record, checkpoint, inclusion proof).</summary>
    public Guid ReceiptId { get; set; }
}
