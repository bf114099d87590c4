namespace RentToOwn.Platform.Term.Payments;

/// <summary>One period of the schedule with what was paid and what is owed.</summary>
/// <param name="N">Period number (1-based).</param>
/// <param name="DueDate">The schedule's due date.</param>
/// <param name="EffectiveDueDate">The due date moved to the next Kazakhstan working day when it falls on a day off.</param>
/// <param name="PaymentTiyn">Scheduled payment.</param>
/// <param name="RentTiyn">Its rent part.</param>
/// <param name="PurchaseTiyn">Its purchase part.</param>
/// <param name="PaidTiyn">Paid so far (its own payments and credit).</param>
/// <param name="CreditTiyn">Of <paramref name="PaidTiyn"/>, what was credited from over-payments.</param>
/// <param name="OutstandingTiyn">Still owed.</param>
/// <param name="State">Paid, upcoming, due, overdue or bought out.</param>
/// <param name="DaysOverdue">Calendar days past the effective due date (0 unless overdue).</param>
public sealed record PeriodStatus(int N, DateOnly DueDate, DateOnly EffectiveDueDate, long PaymentTiyn, long RentTiyn, long PurchaseTiyn,
    long PaidTiyn, long CreditTiyn, long OutstandingTiyn, PeriodState State, int DaysOverdue);
