namespace RentToOwn.Platform.Verification.Reports;

/// <summary>One signature: its EDS validation report (ETSI EN 319 102-1) and its ledger record.</summary>
/// <param name="File">The CMS file it came from.</param>
/// <param name="Position">1-based position of the SignerInfo in that CMS.</param>
/// <param name="Indication">TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE.</param>
/// <param name="SubIndication">e.g. HASH_FAILURE, when not passed.</param>
/// <param name="Errors">Findings behind the indication.</param>
/// <param name="Warnings">Findings that did not change it.</param>
/// <param name="Signer">Who signed (IIN masked).</param>
/// <param name="SigningTime">Claimed signing time.</param>
/// <param name="TimestampTime">Signature timestamp time.</param>
/// <param name="BestSignatureTime">Time at which validity and revocation were judged.</param>
/// <param name="Chain">Certificate chain, signer first.</param>
/// <param name="RevocationSource">Which source answered for the signing certificate.</param>
/// <param name="RevocationTime">When the certificate was revoked, if it was.</param>
/// <param name="SignatureSha256">SHA-256 of the CMS file (DER).</param>
/// <param name="Ledger">Its ledger record and proof.</param>
public sealed record SignatureReport(
    string File, int Position, string Indication, string? SubIndication, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings,
    SignerReport? Signer, DateTimeOffset? SigningTime, DateTimeOffset? TimestampTime, DateTimeOffset? BestSignatureTime,
    IReadOnlyList<ChainCertificate> Chain, string? RevocationSource, DateTimeOffset? RevocationTime, string SignatureSha256, LedgerReport Ledger);
