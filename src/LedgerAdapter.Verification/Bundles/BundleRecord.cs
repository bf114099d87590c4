namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>A signing record as it appears in a bundle (hex digests, ISO 8601 UTC time with milliseconds).</summary>
public sealed record BundleRecord(
    string Kind,
    string SubjectId,
    string DocumentSha256,
    string? SignatureSha256,
    string? SignerReference,
    string? CertificateFingerprint,
    string Role,
    string SignedAt,
    string? PreviousRecordHash);
