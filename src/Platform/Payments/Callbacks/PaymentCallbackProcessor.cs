using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Payments.Dispatch;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.Payments.Callbacks;

/// <summary>
/// A.22: the acquirer's callback. Verified first (the signature over the exact body bytes with the provider's
/// public key), then matched to the payment (id, reference, amount). Idempotent: a repeated callback changes
/// nothing. A confirmation stores the payment document, goes to the ledger (PII-free: hashes and the provider key's
/// fingerprint) with its receipt stored, and then every confirmation handler of the purpose runs once.
/// </summary>
public sealed class PaymentCallbackProcessor(
    PlatformDbContext db, ProviderKey providerKey, LedgerRecorder ledger, PaymentConfirmations confirmations, TimeProvider time, PlatformMetrics metrics)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Processes one callback (one at a time per instance, so a duplicate arriving concurrently sees the first's effect).</summary>
    public async Task<CallbackOutcome> ProcessAsync(byte[] body, string? signatureBase64, CancellationToken ct)
    {
        await confirmations.CallbackGate.WaitAsync(ct);
        CallbackOutcome outcome;
        try
        {
            outcome = await ProcessLockedAsync(body, signatureBase64, ct);
        }
        finally
        {
            confirmations.CallbackGate.Release();
        }

        metrics.PaymentCallback(outcome.Status);
        // Handlers run after the confirmation is durable; a failing one is retried by the dispatcher.
        if (outcome is { Status: 200, PaymentStatus: PaymentStatus.Confirmed, Message: "Confirmed." }) await confirmations.DispatchPendingAsync(ct);
        return outcome;
    }

    private async Task<CallbackOutcome> ProcessLockedAsync(byte[] body, string? signatureBase64, CancellationToken ct)
    {
        if (body.Length == 0 || body.Length > 1024 * 1024) return new(400, "The callback body must be 1 byte to 1 MiB of JSON.");
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(signatureBase64 ?? "");
        }
        catch (FormatException)
        {
            return new(401, $"The {PaymentCallback.SignatureHeader} header is not base64.");
        }

        if (signature.Length == 0) return new(401, $"The callback is not signed (no {PaymentCallback.SignatureHeader} header).");
        if (!providerKey.Verifies(body, signature)) return new(401, "The callback signature does not verify with the provider's key.");

        PaymentCallback? callback;
        try
        {
            callback = JsonSerializer.Deserialize<PaymentCallback>(body, Json);
        }
        catch (JsonException e)
        {
            return new(400, "The callback is not valid JSON: " + e.Message);
        }

        if (callback is null || callback.PaymentId == Guid.Empty || string.IsNullOrEmpty(callback.ProviderReference)
            || callback.Status is not (PaymentCallback.Paid or PaymentCallback.Declined))
        {
            return new(400, "The callback needs paymentId, providerReference and status PAID or DECLINED.");
        }

        var payment = await db.Set<PaymentRecord>().SingleOrDefaultAsync(p => p.Id == callback.PaymentId, ct);
        if (payment is null) return new(404, $"Unknown payment {callback.PaymentId}.");
        if (payment.ProviderReference != callback.ProviderReference) return new(409, "The provider reference does not match the payment.");
        if (payment.AmountTiyn != callback.AmountTiyn || callback.Currency != "KZT")
        {
            return new(409, $"Amount mismatch: the payment is {payment.AmountTiyn} tiyn KZT, the callback says {callback.AmountTiyn} {callback.Currency}.");
        }

        var paid = callback.Status == PaymentCallback.Paid;
        if (payment.Status != PaymentStatus.Pending)
        {
            // Idempotent: the same outcome again is acknowledged without effect; a contradicting one is refused.
            return payment.Status == (paid ? PaymentStatus.Confirmed : PaymentStatus.Failed)
                ? new(200, "Already processed.", payment.Status)
                : new(409, $"The payment is already {payment.Status}; the callback says {callback.Status}.", payment.Status);
        }

        if (!paid)
        {
            payment.Status = PaymentStatus.Failed;
            payment.FailureReason = string.IsNullOrWhiteSpace(callback.Reason) ? "Declined" : callback.Reason.Length > 500 ? callback.Reason[..500] : callback.Reason;
            payment.CallbackBody = body;
            payment.CallbackSignature = signature;
            await db.SaveChangesAsync(ct);
            return new(200, "Declined recorded.", payment.Status);
        }

        byte[] document;
        try
        {
            document = Convert.FromBase64String(callback.Receipt ?? "");
        }
        catch (FormatException)
        {
            return new(400, "The payment document (receipt) is not base64.");
        }

        if (document.Length == 0) return new(400, "A PAID callback must carry the payment document (receipt).");

        payment.Status = PaymentStatus.Confirmed;
        payment.PaidAt = callback.At;
        payment.PaymentDocument = document;
        payment.CallbackBody = body;
        payment.CallbackSignature = signature;

        // A.22: the confirmation on the ledger as PaymentConfirmed: the receipt's hash, the provider's signature hash and
        // key fingerprint; no IIN.
        var record = new SigningRecord(RecordKind.PaymentConfirmed, LedgerSubject.Payment(payment.Id).Id, Sha256Digest.Of(document), Sha256Digest.Of(signature),
            null, Sha256Digest.FromBytes(providerKey.Fingerprint), "payment-provider", time.GetUtcNow());
        payment.ReceiptId = (await ledger.AppendAsync(record, ct)).Id;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(409, "The payment changed while the callback was processed; send it again.");
        }

        return new(200, "Confirmed.", payment.Status);
    }
}
