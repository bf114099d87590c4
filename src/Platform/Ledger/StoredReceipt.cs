namespace RentToOwn.Platform.Ledger;

/// <summary>A ledger receipt kept with the platform record it proves (A.18: every accepted signature).</summary>
public sealed class StoredReceipt
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>Record kind (LedgerAdapter <c>RecordKind</c> name).</summary>
    public required string Kind { get; set; }

    /// <summary>The ledger subject (application, consent or contract id).</summary>
    public required string SubjectId { get; set; }

    /// <summary>Leaf index in the log.</summary>
    public long LeafIndex { get; set; }

    /// <summary>The receipt as LedgerAdapter's JSON (record, leaf hash, signed checkpoint, inclusion proof).</summary>
    public required string ReceiptJson { get; set; }

    /// <summary>
    /// SHA-256 (lowercase hex) of the signer's certificate (DER) from the CMS: kept on the platform DB only — the
    /// ledger record carries no certificate, since a certificate names the person's IIN.
    /// </summary>
    public string? CertificateSha256 { get; set; }

    /// <summary>
    /// SHA-256 (lowercase hex) of the signature's CMS, as the record carries it (<c>record.signatureSha256</c>); indexed so a
    /// resent signature finds its receipt (issue 17 §3). Null for records without a signature (a payment confirmation).
    /// </summary>
    public string? SignatureSha256 { get; set; }

    /// <summary>When it was appended.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
