namespace RentToOwn.Domain.Leases;

/// <summary>
/// Early buyout quote on any date: the remaining purchase price plus the rent accrued in the current period.
/// Every payment due on or before the quote date is assumed paid (arrears are the ledger's business, not the quote's).
/// The current period runs from the previous due date (or the start date) to the next due date; the accrued rent is
/// that period's scheduled rent times (days elapsed / days in the period), actual/actual within the period, rounded half
/// away from zero to the tiyn. On a due date the accrued rent is 0; on or after the last due date the quote is 0.
/// </summary>
public static class EarlyBuyout
{
    /// <summary>Quotes the buyout of <paramref name="schedule"/> on <paramref name="date"/>.</summary>
    public static BuyoutQuote Quote(PaymentSchedule schedule, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var start = schedule.Terms.StartDate;
        if (date < start)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"quote date is before the lease start {start:yyyy-MM-dd}");
        }

        var rows = schedule.Rows;
        var last = rows[^1];
        if (date >= last.Date)
        {
            return new BuyoutQuote(date, rows.Count, Money.Zero, last.Date, last.Date, 0, 0, Money.Zero, Money.Zero);
        }

        // Rows are in date order: count those due on or before the date.
        var paid = 0;
        while (rows[paid].Date <= date)
        {
            paid++;
        }

        var current = rows[paid];
        var periodStart = paid == 0 ? start : rows[paid - 1].Date;
        var remaining = paid == 0 ? schedule.Terms.Financed : rows[paid - 1].Remaining;
        var elapsed = date.DayNumber - periodStart.DayNumber;
        var days = current.Date.DayNumber - periodStart.DayNumber;
        var accrued = Money.RoundTiyn((decimal)current.Rent.Tiyn * elapsed / days);
        return new BuyoutQuote(date, paid, remaining, periodStart, current.Date, elapsed, days, accrued, remaining + accrued);
    }
}
