using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// The one place the platform appends to the ledger (A.18, A.21, A.22, A.25–A.28, A.39): a PII-free record goes to whichever
/// ledger is composed (<see cref="PlatformLedger"/>) and its receipt is kept in <c>ledger_receipts</c>, saved with the
/// caller's changes. Every area links its row to <see cref="StoredReceipt.Id"/> (a <c>ReceiptId</c>), read back through <see cref="ReceiptLinks"/>.
/// </summary>
public sealed class LedgerRecorder(PlatformLedger ledger, PlatformDbContext db, TimeProvider time, PlatformMetrics metrics)
{
    /// <summary>The HMAC reference of an IIN/BIN under the deployment secret: the only form a signer takes on the ledger.</summary>
    public Task<SignerReference> ReferenceAsync(string idNumber, CancellationToken ct) => ledger.ReferenceAsync(idNumber, ct);

    /// <summary>
    /// Appends <paramref name="record"/> and adds its receipt (with <paramref name="certificateSha256"/>, platform DB only) to
    /// the context; the caller saves it together with the row it proves.
    /// </summary>
    public async Task<StoredReceipt> AppendAsync(SigningRecord record, CancellationToken ct, string? certificateSha256 = null)
    {
        using var span = PlatformMetrics.Source.StartActivity("ledger.append");
        span?.SetTag("rto.ledger.kind", record.Kind.ToString());
        var started = time.GetTimestamp();
        var receipt = await (await ledger.LedgerAsync(ct)).AppendAsync(record, ct);
        metrics.LedgerAppended(record.Kind.ToString(), time.GetElapsedTime(started));
        span?.SetTag("rto.ledger.leaf", receipt.Index);
        var stored = new StoredReceipt
        {
            Id = Guid.NewGuid(), Kind = record.Kind.ToString(), SubjectId = record.SubjectId, LeafIndex = receipt.Index,
            ReceiptJson = ReceiptJson.ToJson(receipt).ToJsonString(), CertificateSha256 = certificateSha256,
            SignatureSha256 = record.SignatureSha256?.ToHex(), CreatedAt = time.GetUtcNow(),
        };
        db.Add(stored);
        return stored;
    }
}
