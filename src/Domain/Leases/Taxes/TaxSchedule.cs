namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>
/// A.17: the preliminary schedule of taxes: a yearly estimate of the individual property tax on the flat for every
/// calendar year of the term. The taxable value is the one given (the State Corporation's valuation, art. 529), or the
/// contract price when unknown, which over-estimates the tax (the valuation is normally below the price).
/// </summary>
public sealed class TaxSchedule
{
    private readonly PropertyTaxTable _table;
    private readonly TaxOptions _options;

    /// <summary>Creates the estimator.</summary>
    public TaxSchedule(PropertyTaxTable table, TaxOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        _table = table.EnsureValid();
        _options = options;
        if (options.LuxuryCoefficient is < 1m or > 1.5m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LuxuryCoefficient, "luxury coefficient must be 1 to 1.5");
        }
    }

    /// <summary>Builds the yearly rows for <paramref name="schedule"/>.</summary>
    public IReadOnlyList<TaxScheduleRow> Build(PaymentSchedule schedule, Money? taxableValue = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var value = taxableValue ?? schedule.Terms.Price;
        if (value < Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(taxableValue), value, "taxable value must not be negative");
        }

        return schedule.Rows
            .GroupBy(r => r.Date.Year)
            .Select(g =>
            {
                var exempt = Money.FromTenge(_options.ExemptMrp * _options.MrpFor(g.Key));
                var taxable = value > exempt ? value - exempt : Money.Zero;
                var annual = Money.RoundTiyn(_table.Compute(taxable).Tiyn * _options.LuxuryCoefficient);
                var months = g.Count();
                var tax = Money.RoundTiyn(annual.Tiyn * months / 12m);
                var payments = new Money(g.Sum(r => r.Payment.Tiyn));
                return new TaxScheduleRow(g.Key, months, taxable, annual, tax, payments);
            })
            .ToList();
    }
}
