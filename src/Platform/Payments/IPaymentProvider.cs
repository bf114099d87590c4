namespace RentToOwn.Platform.Payments;

/// <summary>
/// The payment provider (a bank's acquiring service in production). The local sandbox provider is the
/// stand-in: it confirms asynchronously by a signed callback to the platform, as a real acquirer does.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Registers the order with the provider and stores it as pending.</summary>
    Task<PaymentIntent> CreateAsync(PaymentOrder order, CancellationToken ct);
}
