namespace RentToOwn.Domain.Leases;

/// <summary>
/// A.17: the annuity payment schedule. P = S·r / (1 − (1 + r)^−n), r = annual rate / 12, S = price − down payment,
/// computed in <see cref="decimal"/> and rounded half away from zero to the tiyn. Each month the rent part is the
/// remaining purchase price times r, rounded the same way; the purchase part is P minus the rent. The last payment
/// takes the whole remaining price, so the purchase parts sum exactly to S and the final remaining price is 0.
/// With a 0 % rate, P = S / n rounded, and the last payment again absorbs the rounding.
/// </summary>
public static class AnnuitySchedule
{
    /// <summary>Builds the schedule; throws <see cref="LeaseValidationException"/> for invalid terms.</summary>
    public static PaymentSchedule Build(LeaseTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        terms.EnsureValid();
        var financed = terms.Financed.Tiyn;
        var r = terms.MonthlyRate;
        var n = terms.TermMonths;
        var payment = MonthlyPayment(terms.Financed, r, n).Tiyn;

        var rows = new PaymentScheduleRow[n];
        var remaining = financed;
        long totalPayments = 0, totalRent = 0;
        for (var k = 1; k <= n; k++)
        {
            var rent = r == 0m ? 0L : Money.RoundTiyn(remaining * r).Tiyn;
            var purchase = k == n ? remaining : Math.Min(payment - rent, remaining);
            remaining -= purchase;
            var paid = rent + purchase;
            totalPayments += paid;
            totalRent += rent;
            rows[k - 1] = new PaymentScheduleRow(
                k, terms.StartDate.AddMonths(k), new Money(paid), new Money(rent), new Money(purchase), new Money(remaining));
        }

        var totals = new PaymentScheduleTotals(new Money(totalPayments), new Money(totalRent), new Money(financed));
        return new PaymentSchedule(terms, new Money(payment), rows, totals);
    }

    /// <summary>The level payment P for <paramref name="financed"/> at monthly rate <paramref name="monthlyRate"/> over <paramref name="months"/>.</summary>
    public static Money MonthlyPayment(Money financed, decimal monthlyRate, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyRate);
        if (monthlyRate == 0m)
        {
            return Money.RoundTiyn((decimal)financed.Tiyn / months);
        }

        // S·r / (1 − q^−n) = S·r·qⁿ / (qⁿ − 1), q = 1 + r; qⁿ by squaring keeps ~28 significant digits.
        var growth = Power(1m + monthlyRate, months);
        return Money.RoundTiyn(financed.Tiyn * monthlyRate * growth / (growth - 1m));
    }

    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= x;
            }

            x *= x;
            n >>= 1;
        }

        return result;
    }
}
