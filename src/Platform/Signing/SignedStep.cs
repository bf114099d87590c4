using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// What is signed: the exact document bytes, the ledger record kind and subject it is recorded under, and the signer's
/// role on the record. <paramref name="ClaimKey"/> names the step when only one submission may take it (A.12, A.16, A.18):
/// it is claimed before the ledger append (<see cref="Claims.SigningClaims"/>).
/// </summary>
/// <param name="Kind">The ledger record kind.</param>
/// <param name="Subject">The ledger subject.</param>
/// <param name="Document">The signed bytes.</param>
/// <param name="Role">The signer's role on the ledger record (e.g. <c>tenant</c>, <c>ktk-head</c>).</param>
/// <param name="ClaimKey">The step to claim, or null when the area's own save refuses a second one.</param>
/// <param name="Name">The text key that names the signature in refusals (e.g. <c>signing.name.approval</c>).</param>
/// <param name="CertificateOnLedger">
/// Put the SHA-256 of the signer's certificate on the ledger record (the registrar's verdict, A.21). Otherwise it is kept
/// on the platform's receipt only (<see cref="Ledger.StoredReceipt.CertificateSha256"/>).
/// </param>
public sealed record SignedStep(RecordKind Kind, LedgerSubject Subject, byte[] Document, string Role, string? ClaimKey = null,
    string Name = "signing.name.signature", bool CertificateOnLedger = false);
