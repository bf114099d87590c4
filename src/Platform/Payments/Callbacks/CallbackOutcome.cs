namespace RentToOwn.Platform.Payments.Callbacks;

/// <summary>What the callback endpoint answers the acquirer.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Message">Why (shown to the acquirer).</param>
/// <param name="PaymentStatus">The payment's status after processing, when known.</param>
public sealed record CallbackOutcome(int Status, string Message, PaymentStatus? PaymentStatus = null);
