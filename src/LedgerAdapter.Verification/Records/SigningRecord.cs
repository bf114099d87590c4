namespace RentToOwn.LedgerAdapter.Records;

/// <summary>
/// One immutable, PII-free signing record (A.18, A.39): what was signed, by which (HMAC'd) signer,
/// with which certificate and role, when, and the hash of the subject's previous record.
/// No IIN, name or address can be expressed: the signer is a <see cref="SignerReference"/>, and the
/// free-text fields reject digit runs long enough to be an identity number
/// (see <see cref="SigningRecordCodec.Validate"/>).
/// </summary>
/// <param name="Kind">What the record attests.</param>
/// <param name="SubjectId">The contract or application id (not a person's id).</param>
/// <param name="DocumentSha256">SHA-256 of the signed document bytes.</param>
/// <param name="SignatureSha256">SHA-256 of the CMS (CAdES) blob, when there is one.</param>
/// <param name="Signer">HMAC reference of the signer's IIN/BIN, when there is a signer.</param>
/// <param name="CertificateFingerprint">SHA-256 of the signing certificate (DER).</param>
/// <param name="Role">The signer's role (e.g. tenant, guarantor, ktk-head, registrar).</param>
/// <param name="SignedAt">Signing time; stored with millisecond precision in UTC.</param>
/// <param name="PreviousRecordHash">Leaf hash of the subject's previous record; the log fills it in.</param>
public sealed record SigningRecord(
    RecordKind Kind,
    string SubjectId,
    Sha256Digest DocumentSha256,
    Sha256Digest? SignatureSha256,
    SignerReference? Signer,
    Sha256Digest? CertificateFingerprint,
    string Role,
    DateTimeOffset SignedAt,
    Sha256Digest? PreviousRecordHash = null);
