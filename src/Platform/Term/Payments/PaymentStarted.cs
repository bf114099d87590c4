namespace RentToOwn.Platform.Term.Payments;

/// <summary>A payment handed to the provider: the payer completes it at <paramref name="CheckoutUrl"/>.</summary>
/// <param name="PaymentId">The platform's payment id.</param>
/// <param name="AmountTiyn">Amount ordered.</param>
/// <param name="CheckoutUrl">Where the payer pays.</param>
public sealed record PaymentStarted(Guid PaymentId, long AmountTiyn, Uri CheckoutUrl);
