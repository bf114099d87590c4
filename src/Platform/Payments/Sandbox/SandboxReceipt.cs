using System.Text.Json;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>
/// The sandbox acquirer's payment document (A.22): a signed JSON receipt
/// <c>{"payload": base64(receipt JSON), "keyId": …, "signature": base64(ECDSA P-256 over the payload bytes)}</c>.
/// It says plainly that it is a sandbox (test) receipt.
/// </summary>
public static class SandboxReceipt
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The receipt of a paid order, signed by <paramref name="key"/>.</summary>
    public static byte[] Create(SandboxOrder order, DateTimeOffset paidAt, SandboxAcquirerKey key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "rto-sandbox-payment-receipt/v1",
            notice = "SANDBOX ACQUIRER — TEST RECEIPT, NO MONEY MOVED",
            reference = order.Reference,
            paymentId = order.PaymentId,
            amountTiyn = order.AmountTiyn,
            currency = "KZT",
            description = order.Description,
            paidAt,
        }, Json);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            payload = Convert.ToBase64String(payload),
            keyId = key.KeyId,
            signature = Convert.ToBase64String(key.Sign(payload)),
        }, Json);
    }

    /// <summary>The acquirer's signed refund document of <paramref name="order"/>: the envelope and the signature over its payload.</summary>
    public static (byte[] Receipt, byte[] Signature) CreateRefund(SandboxOrder order, string refundReference, long amountTiyn, DateTimeOffset at, SandboxAcquirerKey key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "rto-sandbox-refund-receipt/v1",
            notice = "SANDBOX ACQUIRER — TEST REFUND, NO MONEY MOVED",
            reference = refundReference,
            paymentReference = order.Reference,
            paymentId = order.PaymentId,
            amountTiyn,
            currency = "KZT",
            refundedAt = at,
        }, Json);
        var signature = key.Sign(payload);
        return (JsonSerializer.SerializeToUtf8Bytes(new
        {
            payload = Convert.ToBase64String(payload),
            keyId = key.KeyId,
            signature = Convert.ToBase64String(signature),
        }, Json), signature);
    }
}
