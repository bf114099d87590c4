namespace RentToOwn.Platform.Payments;

/// <summary>A payment the provider accepted to collect; confirmation arrives later (asynchronously).</summary>
/// <param name="PaymentId">The platform's payment id.</param>
/// <param name="ProviderReference">The provider's reference.</param>
/// <param name="CheckoutUrl">Where the payer completes the payment.</param>
public sealed record PaymentIntent(Guid PaymentId, string ProviderReference, Uri CheckoutUrl);
