namespace RentToOwn.Platform.Term.Payments;

/// <summary>The payments over the term of one lease as of <see cref="Today"/> (Kazakhstan date).</summary>
/// <param name="LeaseId">The lease.</param>
/// <param name="Number">Contract number.</param>
/// <param name="Today">The Kazakhstan date the statement is computed for.</param>
/// <param name="Active">The contract is signed by every party (payments are accepted only then).</param>
/// <param name="MonthlyPaymentTiyn">The annuity payment.</param>
/// <param name="PaidTiyn">Everything paid (installments and buyout), over-payments included.</param>
/// <param name="PaidPeriods">Periods paid in full.</param>
/// <param name="ArrearsTiyn">Overdue unpaid amounts.</param>
/// <param name="OverduePeriods">Periods overdue.</param>
/// <param name="MaxDaysOverdue">Days the oldest overdue period is late.</param>
/// <param name="NextPeriod">The oldest unpaid period (what the next Pay button pays), if any.</param>
/// <param name="PurchaseCompleted">The full purchase price was paid (every period) or the buyout was paid (A.29).</param>
/// <param name="CompletedBy"><c>schedule</c> or <c>buyout</c> when completed.</param>
/// <param name="Periods">Every period.</param>
/// <param name="EncumbranceRegistered">The lease encumbrance is REGISTERED (A.25): the buyout and the closing need it (A.29).</param>
/// <param name="CreditTiyn">Over-payments credited to the installments (applied oldest unpaid first).</param>
/// <param name="RefundDueTiyn">Over-payments due back to the tenant, not yet refunded.</param>
/// <param name="RefundedTiyn">Over-payments refunded through the payment provider.</param>
public sealed record TermStatement(Guid LeaseId, string Number, DateOnly Today, bool Active, long MonthlyPaymentTiyn, long PaidTiyn,
    int PaidPeriods, long ArrearsTiyn, int OverduePeriods, int MaxDaysOverdue, PeriodStatus? NextPeriod, bool PurchaseCompleted,
    string? CompletedBy, IReadOnlyList<PeriodStatus> Periods, bool EncumbranceRegistered = false, long CreditTiyn = 0, long RefundDueTiyn = 0, long RefundedTiyn = 0)
{
    /// <summary>What KTK keeps: everything paid less what is (or was) refunded.</summary>
    public long RetainedTiyn => PaidTiyn - RefundDueTiyn - RefundedTiyn;
}
