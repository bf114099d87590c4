namespace RentToOwn.Platform.Payments;

/// <summary>A payment whose provider callback was verified (signature, amount, reference); delivered once per payment.</summary>
/// <param name="PaymentId">The platform's payment id.</param>
/// <param name="Order">What was ordered.</param>
/// <param name="ProviderReference">The provider's reference.</param>
/// <param name="PaidAt">When the provider says it was paid.</param>
/// <param name="PaymentDocument">The payment document (receipt) the provider issued, attached to applications (A.22).</param>
public sealed record ConfirmedPayment(Guid PaymentId, PaymentOrder Order, string ProviderReference, DateTimeOffset PaidAt, byte[] PaymentDocument);
