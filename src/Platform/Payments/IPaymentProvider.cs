namespace RentToOwn.Platform.Payments;

/// <summary>
/// The payment provider (a bank's acquiring service in production). The local sandbox provider is the
/// stand-in: it confirms asynchronously by a signed callback to the platform, as a real acquirer does.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Registers the order with the provider and stores it as pending.</summary>
    Task<PaymentIntent> CreateAsync(PaymentOrder order, CancellationToken ct);

    /// <summary>
    /// Returns <paramref name="amountTiyn"/> of the confirmed payment <paramref name="paymentId"/> to the payer's means of
    /// payment (the acquirer's refund). At most what was paid, once per payment.
    /// </summary>
    /// <exception cref="InvalidOperationException">The payment is unknown, not paid, already refunded, or the amount exceeds it.</exception>
    Task<PaymentRefund> RefundAsync(Guid paymentId, long amountTiyn, string reason, CancellationToken ct);
}
