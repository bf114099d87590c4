namespace RentToOwn.Domain.Leases;

/// <summary>Column sums of a payment schedule.</summary>
/// <param name="Payments">Sum of payments.</param>
/// <param name="Rent">Sum of rent parts.</param>
/// <param name="Purchase">Sum of purchase parts: exactly the price minus the down payment.</param>
public sealed record PaymentScheduleTotals(Money Payments, Money Rent, Money Purchase);
