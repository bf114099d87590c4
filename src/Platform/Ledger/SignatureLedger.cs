using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Ledger;

/// <summary>Appends a verified signature to the ledger and stores the receipt beside the platform's data.</summary>
public sealed class SignatureLedger(PlatformLedger ledger, PlatformDbContext db, TimeProvider time)
{
    /// <summary>
    /// Records that <paramref name="signerIdNumber"/> (as an HMAC reference) signed <paramref name="document"/>
    /// with <paramref name="cms"/>; call only after the signature was verified. Saves the receipt with the caller's changes.
    /// </summary>
    public async Task<StoredReceipt> RecordAsync(RecordKind kind, string subjectId, byte[] document, byte[] cms,
        string signerIdNumber, string role, DateTimeOffset signedAt, CancellationToken ct)
    {
        var record = new SigningRecord(kind, subjectId, Sha256Digest.Of(document), Sha256Digest.Of(cms),
            await ledger.ReferenceAsync(signerIdNumber, ct), null, role, signedAt);
        var receipt = await (await ledger.LedgerAsync(ct)).AppendAsync(record, ct);
        var stored = new StoredReceipt
        {
            Id = Guid.NewGuid(), Kind = kind.ToString(), SubjectId = subjectId, LeafIndex = receipt.Index,
            ReceiptJson = ReceiptJson.ToJson(receipt).ToJsonString(), CertificateSha256 = SignerCertificateSha256(cms), CreatedAt = time.GetUtcNow(),
        };
        db.Add(stored);
        return stored;
    }

    /// <summary>SHA-256 of the (first) signer's certificate in <paramref name="cms"/>; null when the CMS carries none.</summary>
    public static string? SignerCertificateSha256(byte[] cms)
    {
        try
        {
            var signed = new SignedCms();
            signed.Decode(cms);
            var cert = signed.SignerInfos.Count > 0 ? signed.SignerInfos[0].Certificate : null;
            return cert is null ? null : Convert.ToHexStringLower(SHA256.HashData(cert.RawData));
        }
        catch (CryptographicException)
        {
            return null; // verified by the caller already; a CMS this reader cannot parse simply has no fingerprint stored
        }
    }
}
