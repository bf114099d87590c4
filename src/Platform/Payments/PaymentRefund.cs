namespace RentToOwn.Platform.Payments;

/// <summary>A refund the provider made of (part of) a confirmed payment back to the payer.</summary>
/// <param name="PaymentId">The platform's payment id that is refunded.</param>
/// <param name="RefundReference">The provider's reference of the refund.</param>
/// <param name="AmountTiyn">Amount refunded, tiyn.</param>
/// <param name="RefundedAt">When the provider made it.</param>
/// <param name="Receipt">The provider's refund document (attached to the decision, hashed on the ledger).</param>
/// <param name="ReceiptSignature">The provider's signature over <paramref name="Receipt"/>.</param>
public sealed record PaymentRefund(Guid PaymentId, string RefundReference, long AmountTiyn, DateTimeOffset RefundedAt, byte[] Receipt, byte[] ReceiptSignature);
