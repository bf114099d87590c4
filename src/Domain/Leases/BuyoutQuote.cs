namespace RentToOwn.Domain.Leases;

/// <summary>An early buyout quote (A.29: the tenant buys early).</summary>
/// <param name="Date">Quote date.</param>
/// <param name="PaymentsMade">Scheduled payments due on or before <paramref name="Date"/>, assumed paid.</param>
/// <param name="RemainingPurchasePrice">Purchase price left after those payments.</param>
/// <param name="PeriodStart">Start of the current period (previous due date, or the start date).</param>
/// <param name="PeriodEnd">End of the current period (next due date).</param>
/// <param name="DaysElapsed">Days from <paramref name="PeriodStart"/> to <paramref name="Date"/>.</param>
/// <param name="DaysInPeriod">Days from <paramref name="PeriodStart"/> to <paramref name="PeriodEnd"/>.</param>
/// <param name="AccruedRent">Rent accrued in the current period: scheduled rent × elapsed / period days, rounded to the tiyn.</param>
/// <param name="Total">Amount that buys the flat on <paramref name="Date"/>: remaining price + accrued rent.</param>
public sealed record BuyoutQuote(
    DateOnly Date,
    int PaymentsMade,
    Money RemainingPurchasePrice,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int DaysElapsed,
    int DaysInPeriod,
    Money AccruedRent,
    Money Total);
