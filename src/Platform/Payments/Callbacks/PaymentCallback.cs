namespace RentToOwn.Platform.Payments.Callbacks;

/// <summary>
/// The acquirer's callback body (JSON, signed as exact bytes: header <c>X-Payment-Signature</c> =
/// base64 ECDSA P-256/SHA-256 in P1363 form, <c>X-Payment-Key-Id</c> names the key).
/// </summary>
/// <param name="PaymentId">The merchant's order id (the platform's payment id).</param>
/// <param name="ProviderReference">The acquirer's reference.</param>
/// <param name="Status"><c>PAID</c> or <c>DECLINED</c>.</param>
/// <param name="AmountTiyn">Amount in tiyn.</param>
/// <param name="Currency">Always <c>KZT</c>.</param>
/// <param name="At">When paid or declined.</param>
/// <param name="Receipt">PAID: the payment document (base64).</param>
/// <param name="Reason">DECLINED: why.</param>
public sealed record PaymentCallback(Guid PaymentId, string ProviderReference, string Status, long AmountTiyn, string Currency, DateTimeOffset At, string? Receipt, string? Reason)
{
    /// <summary>Paid.</summary>
    public const string Paid = "PAID";

    /// <summary>Declined.</summary>
    public const string Declined = "DECLINED";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Payment-Signature";

    /// <summary>The key id header.</summary>
    public const string KeyIdHeader = "X-Payment-Key-Id";
}
