namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>One bracket of a progressive property-tax scale: for a value above <paramref name="Above"/>, tax = <paramref name="Base"/> + <paramref name="RatePercent"/> % of the excess.</summary>
/// <param name="Above">Lower bound (exclusive; 0 for the first bracket).</param>
/// <param name="Base">Fixed tax at the lower bound.</param>
/// <param name="RatePercent">Rate in percent on the amount above <paramref name="Above"/>.</param>
public sealed record PropertyTaxBracket(Money Above, Money Base, decimal RatePercent);
