namespace RentToOwn.Domain.Leases;

/// <summary>One monthly payment of the schedule (A.17).</summary>
/// <param name="N">Payment number, 1-based.</param>
/// <param name="Date">Due date: the start date plus <paramref name="N"/> months.</param>
/// <param name="Payment">The payment: rent plus purchase part.</param>
/// <param name="Rent">Rent (interest) part: the remaining purchase price times the monthly rate, rounded to the tiyn.</param>
/// <param name="Purchase">Purchase (principal) part.</param>
/// <param name="Remaining">Purchase price still to pay after this payment.</param>
public sealed record PaymentScheduleRow(int N, DateOnly Date, Money Payment, Money Rent, Money Purchase, Money Remaining);
