namespace RentToOwn.Platform.Term.Payments;

/// <summary>The payments over the term of one lease as of <see cref="Today"/> (Kazakhstan date).</summary>
/// <param name="LeaseId">The lease.</param>
/// <param name="Number">Contract number.</param>
/// <param name="Today">The Kazakhstan date the statement is computed for.</param>
/// <param name="Active">The contract is signed by every party (payments are accepted only then).</param>
/// <param name="MonthlyPaymentTiyn">The annuity payment.</param>
/// <param name="PaidTiyn">Everything paid (installments and buyout).</param>
/// <param name="PaidPeriods">Periods paid in full.</param>
/// <param name="ArrearsTiyn">Overdue unpaid amounts.</param>
/// <param name="OverduePeriods">Periods overdue.</param>
/// <param name="MaxDaysOverdue">Days the oldest overdue period is late.</param>
/// <param name="NextPeriod">The oldest unpaid period (what the next Pay button pays), if any.</param>
/// <param name="PurchaseCompleted">The full purchase price was paid (every period) or the buyout was paid (A.29).</param>
/// <param name="CompletedBy"><c>schedule</c> or <c>buyout</c> when completed.</param>
/// <param name="Periods">Every period.</param>
public sealed record TermStatement(Guid LeaseId, string Number, DateOnly Today, bool Active, long MonthlyPaymentTiyn, long PaidTiyn,
    int PaidPeriods, long ArrearsTiyn, int OverduePeriods, int MaxDaysOverdue, PeriodStatus? NextPeriod, bool PurchaseCompleted,
    string? CompletedBy, IReadOnlyList<PeriodStatus> Periods);
