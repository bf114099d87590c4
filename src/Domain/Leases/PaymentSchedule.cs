namespace RentToOwn.Domain.Leases;

/// <summary>The payment schedule of a lease (A.17): the level monthly payment and every row.</summary>
/// <param name="Terms">The terms it was computed from.</param>
/// <param name="MonthlyPayment">The annuity payment P; the last row may differ by rounding.</param>
/// <param name="Rows">One row per month.</param>
/// <param name="Totals">Column sums.</param>
public sealed record PaymentSchedule(LeaseTerms Terms, Money MonthlyPayment, IReadOnlyList<PaymentScheduleRow> Rows, PaymentScheduleTotals Totals);
