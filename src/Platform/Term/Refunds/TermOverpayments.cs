using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Term.Refunds;

/// <summary>
/// Decides, when a confirmed payment over the term is handled, what part pays what it was for and what happens to the
/// rest — the surplus is never silently absorbed:
/// <list type="bullet">
/// <item>an installment pays its period up to what the period still owes; the surplus is credited to the next
/// installments (oldest unpaid first), and whatever exceeds everything the schedule still owes is due back;</item>
/// <item>a buyout that covers its offer (or today's amount) completes the purchase (A.29); anything beyond today's
/// amount is due back; one that covers neither is credited to the installments;</item>
/// <item>a payment arriving after the purchase was completed or the lease's closing started is due back in full.</item>
/// </list>
/// Every decision is an audit-log line and a <c>PaymentAdjusted</c> ledger record (no IIN).
/// </summary>
public sealed class TermOverpayments(PlatformDbContext db, TermStatements statements, TermAdjustmentLedger ledger, TimeProvider time, ILogger<TermOverpayments> log)
{
    /// <summary>Sets <paramref name="payment"/>'s applied part (and, for a buyout, whether it settles) and adds the decisions to the context; the caller saves.</summary>
    public async Task<IReadOnlyList<TermAdjustment>> DecideAsync(LeaseRecord lease, TermPayment payment, BuyoutOffer? offer, CancellationToken ct)
    {
        var s = await statements.StatementAsync(lease, ct);
        var closed = await db.Set<LeaseClosing>().AnyAsync(c => c.LeaseId == lease.Id, ct);
        var amount = payment.AmountTiyn;
        var decisions = new List<TermAdjustment>();
        payment.AppliedTiyn = 0;
        payment.SettlesPurchase = false;
        if (closed || s.PurchaseCompleted)
        {
            decisions.Add(await AddAsync(lease, payment, TermAdjustmentKind.Refund, amount,
                closed ? TermAdjustmentReasons.LeaseClosed : TermAdjustmentReasons.PurchaseCompleted, ct));
            return decisions;
        }

        string reason;
        if (payment.Purpose == PaymentPurpose.EarlyBuyout)
        {
            var due = TermPayments.Quote(lease, s).TotalTiyn;
            payment.SettlesPurchase = offer is not null && amount >= Math.Min(offer.AmountTiyn, due);
            if (payment.SettlesPurchase)
            {
                // A.29: the purchase completes; what exceeds today's amount (e.g. installments paid since the quote) goes back.
                payment.AppliedTiyn = Math.Min(amount, due);
                if (amount > payment.AppliedTiyn)
                {
                    decisions.Add(await AddAsync(lease, payment, TermAdjustmentKind.Refund, amount - payment.AppliedTiyn, TermAdjustmentReasons.BuyoutSurplus, ct));
                }

                return decisions;
            }

            reason = TermAdjustmentReasons.BuyoutShort;
        }
        else
        {
            var period = s.Periods[payment.Period!.Value - 1];
            payment.AppliedTiyn = Math.Min(amount, period.PaymentTiyn - (period.PaidTiyn - period.CreditTiyn));
            reason = TermAdjustmentReasons.InstallmentSurplus;
        }

        var surplus = amount - payment.AppliedTiyn;
        if (surplus == 0) return decisions;
        // What the schedule still owes once this payment is applied, less the credit already given.
        var owed = s.Periods.Sum(p => p.PaymentTiyn - (p.PaidTiyn - p.CreditTiyn)) - payment.AppliedTiyn - s.CreditTiyn;
        var credit = Math.Min(surplus, Math.Max(0, owed));
        if (credit > 0) decisions.Add(await AddAsync(lease, payment, TermAdjustmentKind.Credit, credit, reason, ct));
        if (surplus > credit) decisions.Add(await AddAsync(lease, payment, TermAdjustmentKind.Refund, surplus - credit, TermAdjustmentReasons.BeyondSchedule, ct));
        return decisions;
    }

    private async Task<TermAdjustment> AddAsync(LeaseRecord lease, TermPayment payment, TermAdjustmentKind kind, long amount, string reason, CancellationToken ct)
    {
        var a = new TermAdjustment
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, PaymentId = payment.Id, Kind = kind, AmountTiyn = amount, Reason = reason, DecidedAt = time.GetUtcNow(),
        };
        a.ReceiptId = (await ledger.RecordDecisionAsync(a, ct)).Id;
        db.Add(a);
        db.AuditLog.Add(new AuditEntry
        {
            At = a.DecidedAt, Actor = "system:term", SubjectIin = lease.TenantIin, Action = kind == TermAdjustmentKind.Credit ? "term:credit" : "term:refund-due",
            Resource = $"payment:{payment.Id}", Allowed = true,
        });
        log.LogInformation("Payment {PaymentId} of lease {Lease}: {Amount} tiyn {Kind} ({Reason})", payment.Id, lease.Number, amount, kind, reason);
        return a;
    }
}
