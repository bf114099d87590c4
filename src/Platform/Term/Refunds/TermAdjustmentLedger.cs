using System.Text.Json;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Term.Refunds;

/// <summary>
/// Puts over-payment decisions on the ledger as <see cref="RecordKind.PaymentAdjusted"/> under the payment's own subject
/// (after its <c>PaymentConfirmed</c>), like the confirmation: hashes only, no IIN, no signer. The decision's document is
/// its canonical JSON (ids, kind, amount, reason, time); a refund's is the provider's refund receipt.
/// </summary>
public sealed class TermAdjustmentLedger(LedgerRecorder ledger, IEnumerable<ProviderKey> providerKeys)
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
        AppendAsync(new SigningRecord(RecordKind.PaymentAdjusted, LedgerSubject.Payment(a.PaymentId).Id, Sha256Digest.Of(DecisionDocument(a)), null, null, null,
            a.Kind == TermAdjustmentKind.Credit ? "term-credit" : "term-refund-due", a.DecidedAt), ct);

    /// <summary>Appends the refund the provider made (its receipt, its signature, its key's fingerprint).</summary>
    public Task<StoredReceipt> RecordRefundAsync(TermAdjustment a, PaymentRefund refund, CancellationToken ct)
    {
        // No payment provider configured: no key fingerprint.
        var fingerprint = providerKeys.FirstOrDefault()?.Fingerprint;
        return AppendAsync(new SigningRecord(RecordKind.PaymentAdjusted, LedgerSubject.Payment(a.PaymentId).Id, Sha256Digest.Of(refund.Receipt),
            refund.ReceiptSignature.Length == 0 ? null : Sha256Digest.Of(refund.ReceiptSignature), null,
            fingerprint is null ? null : Sha256Digest.FromBytes(fingerprint), "term-refunded", refund.RefundedAt), ct);
    }

    private Task<StoredReceipt> AppendAsync(SigningRecord record, CancellationToken ct) => ledger.AppendAsync(record, ct);
}
