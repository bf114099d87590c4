using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// Starts payments over the term through the <see cref="IPaymentProvider"/> (purpose Installment or EarlyBuyout);
/// the provider's verified callback reaches <see cref="InstallmentConfirmationHandler"/> / <see cref="BuyoutConfirmationHandler"/>.
/// </summary>
public sealed class TermPayments(PlatformDbContext db, TermStatements statements, IEnumerable<IPaymentProvider> providers, TimeProvider time)
{
    /// <summary>Orders the payment of period <paramref name="period"/> (oldest unpaid first).</summary>
    public async Task<Outcome<PaymentStarted>> PayInstallmentAsync(LeaseRecord lease, Guid payer, int period, CancellationToken ct)
    {
        var s = await statements.StatementAsync(lease, ct);
        if (Refusal(s) is { } refused) return Outcome<PaymentStarted>.Refused(422, refused);
        if (period < 1 || period > s.Periods.Count)
        {
            return Outcome<PaymentStarted>.Refused(400, "term.refused.no_period", period, s.Periods.Count);
        }

        var p = s.Periods[period - 1];
        if (p.OutstandingTiyn == 0) return Outcome<PaymentStarted>.Refused(409, "term.refused.period_paid", period);
        if (s.NextPeriod is { } next && next.N != period)
        {
            return Outcome<PaymentStarted>.Refused(422, "term.refused.oldest_first", next.N, next.DueDate, period);
        }

        var order = new PaymentOrder(lease.Id, PaymentPurpose.Installment, period.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.OutstandingTiyn, payer, $"Lease {lease.Number}: payment {period} of {s.Periods.Count}, due {p.DueDate:dd.MM.yyyy}");
        return await StartAsync(order, ct);
    }

    /// <summary>A.29: what buys the flat today (the #6 domain quote plus arrears, or the remaining price when paid ahead).</summary>
    public async Task<Outcome<BuyoutView>> BuyoutAsync(LeaseRecord lease, CancellationToken ct)
    {
        var s = await statements.StatementAsync(lease, ct);
        if (s.PurchaseCompleted) return Outcome<BuyoutView>.Refused(409, "term.refused.purchase_completed_buyout");
        return Outcome<BuyoutView>.Ok(Quote(lease, s));
    }

    /// <summary>
    /// A.29: orders the early-buyout payment of today's amount. Only once the lease encumbrance is REGISTERED (the buyout
    /// leads to its termination); an open buyout checkout of the same amount is reused, so a second tab does not pay twice.
    /// </summary>
    public async Task<Outcome<PaymentStarted>> PayBuyoutAsync(LeaseRecord lease, Guid payer, CancellationToken ct)
    {
        var s = await statements.StatementAsync(lease, ct);
        if (Refusal(s) is { } refused) return Outcome<PaymentStarted>.Refused(422, refused);
        if (!s.EncumbranceRegistered) return Outcome<PaymentStarted>.Refused(409, BuyoutNeedsRegistration);
        var view = Quote(lease, s);
        if (view.TotalTiyn <= 0) return Outcome<PaymentStarted>.Refused(409, "term.refused.nothing_to_buy_out");
        var open = await db.Set<PaymentRecord>().AsNoTracking()
            .Where(p => p.LeaseId == lease.Id && p.Purpose == PaymentPurpose.EarlyBuyout && p.Status == PaymentStatus.Pending && p.PayerAccountId == payer && p.AmountTiyn == view.TotalTiyn)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct);
        if (open is not null) return Outcome<PaymentStarted>.Ok(new PaymentStarted(open.Id, open.AmountTiyn, new Uri(open.CheckoutUrl, UriKind.RelativeOrAbsolute)));

        var offer = new BuyoutOffer
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, QuoteDate = view.Date, QuoteTiyn = view.Quote.Total.Tiyn, ArrearsTiyn = view.ArrearsTiyn,
            AmountTiyn = view.TotalTiyn, CreatedAt = time.GetUtcNow(),
        };
        db.Add(offer);
        await db.SaveChangesAsync(ct);
        var order = new PaymentOrder(lease.Id, PaymentPurpose.EarlyBuyout, offer.Id.ToString(), offer.AmountTiyn, payer,
            $"Lease {lease.Number}: early buyout on {view.Date:dd.MM.yyyy}");
        return await StartAsync(order, ct);
    }

    /// <summary>Why the buyout waits for the registration (409).</summary>
    public const string BuyoutNeedsRegistration =
        "term.refused.buyout_needs_registration";

    private static string? Refusal(TermStatement s) =>
        !s.Active ? "term.refused.not_active"
        : s.PurchaseCompleted ? "term.refused.purchase_completed_payments"
        : null;

    /// <summary>
    /// A.29: today's buyout amount on statement <paramref name="s"/>: the domain quote plus arrears, or the remaining price
    /// when paid ahead; less any money already on later periods (a part payment or credit), so nothing is asked twice.
    /// </summary>
    internal static BuyoutView Quote(LeaseRecord lease, TermStatement s)
    {
        var quote = ContractSchedules.Buyout(lease, s.Today < lease.StartDate ? lease.StartDate : s.Today);
        var paidAhead = s.PaidPeriods > quote.PaymentsMade && s.Periods.Take(s.PaidPeriods).All(p => p.State == PeriodState.Paid);
        if (paidAhead)
        {
            // Paid beyond today: the current period's rent is in the paid installment; what is left is the remaining price.
            var remaining = s.Periods.Skip(s.PaidPeriods).Sum(p => p.PurchaseTiyn);
            var onLater = s.Periods.Skip(s.PaidPeriods).Sum(p => p.PaidTiyn);
            return new BuyoutView(quote.Date, quote, 0, Math.Max(0, remaining - onLater));
        }

        // The domain quote assumes every payment due so far was paid; add what was not, less what was paid ahead.
        var arrears = s.Periods.Take(quote.PaymentsMade).Sum(p => p.OutstandingTiyn);
        var ahead = s.Periods.Skip(quote.PaymentsMade).Sum(p => p.PaidTiyn);
        return new BuyoutView(quote.Date, quote, arrears, Math.Max(0, quote.Total.Tiyn + arrears - ahead));
    }

    private async Task<Outcome<PaymentStarted>> StartAsync(PaymentOrder order, CancellationToken ct)
    {
        if (providers.LastOrDefault() is not { } provider)
        {
            return Outcome<PaymentStarted>.Refused(503, "term.refused.no_provider");
        }

        var intent = await provider.CreateAsync(order, ct);
        return Outcome<PaymentStarted>.Ok(new PaymentStarted(intent.PaymentId, order.AmountTiyn, intent.CheckoutUrl));
    }
}
