namespace RentToOwn.Domain.Identity;

/// <summary>Result of <see cref="GuarantorEligibility.Evaluate"/>.</summary>
/// <param name="Eligible">Whether the individual may act as guarantor.</param>
/// <param name="Reason">Why not, or a short confirmation.</param>
public sealed record GuarantorVerdict(bool Eligible, string Reason);
