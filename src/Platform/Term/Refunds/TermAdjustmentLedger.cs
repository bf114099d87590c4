using System.Text.Json;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term.Refunds;

/// <summary>
/// Puts over-payment decisions on the ledger as <see cref="RecordKind.PaymentAdjusted"/> under the payment's own subject
/// (after its <c>PaymentConfirmed</c>), like the confirmation: hashes only, no IIN, no signer. The decision's document is
/// its canonical JSON (ids, kind, amount, reason, time); a refund's is the provider's refund receipt.
/// </summary>
public sealed class TermAdjustmentLedger(PlatformLedger ledger, PlatformDbContext db, IServiceProvider services)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The canonical decision document (no personal data).</summary>
    public static byte[] DecisionDocument(TermAdjustment a) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        type = "rto-term-adjustment/v1", id = a.Id, leaseId = a.LeaseId, paymentId = a.PaymentId, kind = a.Kind.ToString(), amountTiyn = a.AmountTiyn,
        currency = "KZT", reason = a.Reason, decidedAt = a.DecidedAt,
    }, Json);

    /// <summary>Appends the credit / refund-due decision; the receipt is saved with the caller's changes.</summary>
    public Task<StoredReceipt> RecordDecisionAsync(TermAdjustment a, CancellationToken ct) =>
        AppendAsync(new SigningRecord(RecordKind.PaymentAdjusted, LedgerSubjects.For("payment", a.PaymentId), Sha256Digest.Of(DecisionDocument(a)), null, null, null,
            a.Kind == TermAdjustmentKind.Credit ? "term-credit" : "term-refund-due", a.DecidedAt), ct);

    /// <summary>Appends the refund the provider made (its receipt, its signature, its key's fingerprint).</summary>
    public Task<StoredReceipt> RecordRefundAsync(TermAdjustment a, PaymentRefund refund, CancellationToken ct)
    {
        var fingerprint = services.GetService<ProviderKey>()?.Fingerprint;
        return AppendAsync(new SigningRecord(RecordKind.PaymentAdjusted, LedgerSubjects.For("payment", a.PaymentId), Sha256Digest.Of(refund.Receipt),
            refund.ReceiptSignature.Length == 0 ? null : Sha256Digest.Of(refund.ReceiptSignature), null,
            fingerprint is null ? null : Sha256Digest.FromBytes(fingerprint), "term-refunded", refund.RefundedAt), ct);
    }

    private async Task<StoredReceipt> AppendAsync(SigningRecord record, CancellationToken ct)
    {
        var receipt = await (await ledger.LedgerAsync(ct)).AppendAsync(record, ct);
        var stored = new StoredReceipt
        {
            Id = Guid.NewGuid(), Kind = nameof(RecordKind.PaymentAdjusted), SubjectId = record.SubjectId, LeafIndex = receipt.Index,
            ReceiptJson = ReceiptJson.ToJson(receipt).ToJsonString(), CreatedAt = record.SignedAt,
        };
        db.Add(stored);
        return stored;
    }
}
