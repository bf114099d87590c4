using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// Payments over the term: the domain schedule (recomputed, never stored) against the recorded payments. A period is
/// overdue (arrears) once the Kazakhstan date is past its effective due date — the schedule date moved to the next
/// working day when it falls on a weekend or holiday (Civil Code art. 179 rule for obligations whose day is a day off).
/// Installments pay periods oldest first; a paid early buyout settles every remaining period (A.29). Over-payments
/// credited (<see cref="TermAdjustment"/>) fill the oldest unpaid periods; refunds are shown apart.
/// </summary>
public sealed class TermStatements(PlatformDbContext db, DeadlineCalculator deadlines, IWorkingDayCalendar calendar)
{
    /// <summary>Today's Kazakhstan date (from the injected TimeProvider).</summary>
    public DateOnly Today => deadlines.Today;

    /// <summary>True when every party has signed the lease's contract (A.18): only then do payments run.</summary>
    public async Task<bool> IsActiveAsync(LeaseRecord lease, CancellationToken ct) =>
        lease.ContractPdf is not null && await db.ContractSignatures.CountAsync(s => s.LeaseId == lease.Id, ct) >= ContractSigners.Count(lease);

    /// <summary>
    /// A.25: the lease encumbrance is REGISTERED (the registration feature's application of kind LeaseEncumbrance). A.29's
    /// closing terminates that encumbrance, so the buyout and the closing wait for it.
    /// </summary>
    public Task<bool> EncumbranceRegisteredAsync(Guid leaseId, CancellationToken ct) =>
        db.Set<RegistrationApplication>().AnyAsync(a => a.LeaseId == leaseId && a.Kind == RegistrationKind.LeaseEncumbrance && a.Status == RegistrationStatus.Registered, ct);

    /// <summary>The credit and refund decisions on a lease's over-payments.</summary>
    public Task<List<TermAdjustment>> AdjustmentsAsync(Guid leaseId, CancellationToken ct) =>
        db.Set<TermAdjustment>().AsNoTracking().Where(a => a.LeaseId == leaseId).OrderBy(a => a.DecidedAt).ToListAsync(ct);

    /// <summary>The recorded payments of a lease.</summary>
    public Task<List<TermPayment>> PaymentsAsync(Guid leaseId, CancellationToken ct) =>
        db.Set<TermPayment>().AsNoTracking().Where(p => p.LeaseId == leaseId).ToListAsync(ct);

    /// <summary>The statement of <paramref name="lease"/> today.</summary>
    public async Task<TermStatement> StatementAsync(LeaseRecord lease, CancellationToken ct) =>
        Compute(lease, await PaymentsAsync(lease.Id, ct), await AdjustmentsAsync(lease.Id, ct), Today, await IsActiveAsync(lease, ct),
            await EncumbranceRegisteredAsync(lease.Id, ct));

    /// <summary>Computes the statement from the schedule, the payments and the over-payment decisions (pure; public for tests).</summary>
    public TermStatement Compute(LeaseRecord lease, IReadOnlyList<TermPayment> payments, IReadOnlyList<TermAdjustment> adjustments, DateOnly today, bool active,
        bool registered)
    {
        var schedule = ContractSchedules.Payments(lease);
        // Each payment counts with the part applied to its period; its surplus is a credit or a refund, never lost.
        var byPeriod = payments.Where(p => p.Purpose == PaymentPurpose.Installment && p.Period is not null)
            .GroupBy(p => p.Period!.Value).ToDictionary(g => g.Key, g => g.Sum(p => p.AppliedTiyn));
        var boughtOut = payments.Any(p => p.Purpose == PaymentPurpose.EarlyBuyout && p.SettlesPurchase);
        var credit = adjustments.Where(a => a.Kind == TermAdjustmentKind.Credit).Sum(a => a.AmountTiyn);
        var unapplied = credit;
        var periods = new List<PeriodStatus>(schedule.Rows.Count);
        foreach (var row in schedule.Rows)
        {
            var own = Math.Min(byPeriod.GetValueOrDefault(row.N), row.Payment.Tiyn);
            // Credit pays the next installments, oldest unpaid first.
            var credited = Math.Min(unapplied, row.Payment.Tiyn - own);
            unapplied -= credited;
            var paid = own + credited;
            var outstanding = row.Payment.Tiyn - paid;
            // The calendar has data for a few years only; far-future periods need no effective date yet.
            var effective = row.Date <= today.AddMonths(2) ? EffectiveDueDate(row.Date) : row.Date;
            var state = outstanding == 0 ? PeriodState.Paid
                : boughtOut ? PeriodState.BoughtOut
                : today > effective ? PeriodState.Overdue
                : today == effective ? PeriodState.Due
                : PeriodState.Upcoming;
            var days = state == PeriodState.Overdue ? today.DayNumber - effective.DayNumber : 0;
            periods.Add(new PeriodStatus(row.N, row.Date, effective, row.Payment.Tiyn, row.Rent.Tiyn, row.Purchase.Tiyn, paid, credited,
                state == PeriodState.BoughtOut ? 0 : outstanding, state, days));
        }

        var overdue = periods.Where(p => p.State == PeriodState.Overdue).ToList();
        var allPaid = periods.All(p => p.State == PeriodState.Paid);
        var completedBy = allPaid ? "schedule" : boughtOut ? "buyout" : null;
        return new TermStatement(lease.Id, lease.Number, today, active, schedule.MonthlyPayment.Tiyn, payments.Sum(p => p.AmountTiyn),
            periods.Count(p => p.State == PeriodState.Paid), overdue.Sum(p => p.OutstandingTiyn), overdue.Count,
            overdue.Count == 0 ? 0 : overdue.Max(p => p.DaysOverdue),
            completedBy is null ? periods.FirstOrDefault(p => p.OutstandingTiyn > 0) : null,
            completedBy is not null, completedBy, periods, registered, credit,
            adjustments.Where(a => a.Kind == TermAdjustmentKind.Refund && a.RefundedAt is null).Sum(a => a.AmountTiyn),
            adjustments.Where(a => a.Kind == TermAdjustmentKind.Refund && a.RefundedAt is not null).Sum(a => a.AmountTiyn));
    }

    /// <summary>The schedule date, moved forward to the next Kazakhstan working day when it is a day off.</summary>
    public DateOnly EffectiveDueDate(DateOnly date)
    {
        var d = date;
        for (var i = 0; i < 15; i++)
        {
            bool working;
            try
            {
                working = calendar.IsWorkingDay(d);
            }
            catch (CalendarDataException)
            {
                working = d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday); // no holiday data for that year
            }

            if (working) return d;
            d = d.AddDays(1);
        }

        return d;
    }
}
