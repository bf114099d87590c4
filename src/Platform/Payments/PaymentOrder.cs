namespace RentToOwn.Platform.Payments;

/// <summary>What the platform asks the payer to pay.</summary>
/// <param name="LeaseId">The lease the payment belongs to.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="SubjectId">The id inside the purpose: the registration application id, the schedule period number, or the buyout quote id.</param>
/// <param name="AmountTiyn">Amount in tiyn (1 ₸ = 100 tiyn).</param>
/// <param name="PayerAccountId">The platform account that pays.</param>
/// <param name="Description">Shown to the payer.</param>
public sealed record PaymentOrder(Guid LeaseId, PaymentPurpose Purpose, string SubjectId, long AmountTiyn, Guid PayerAccountId, string Description);
