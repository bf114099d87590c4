using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;

namespace RentToOwn.Domain.Tests.Leases;

// Scale: Tax Code of RK No. 120-VI art. 531 p. 1 (kodeksy-kz.com, checked 19.11.2024); top bracket over 450 M:
// 2,946,600 + 2 % (State Revenue Department of Mangystau region on the 2025 Tax Code, lada.kz 08.09.2025).
public class PropertyTaxTests
{
    private static readonly PropertyTaxTable Table = PropertyTaxTable.Individuals;

    [Theory]
    [InlineData(1_000_000, 500)] // 0.05 %
    [InlineData(2_000_000, 1_000)]
    [InlineData(3_000_000, 1_800)] // 1,000 + 0.08 % × 1 M
    [InlineData(25_000_000, 71_600)] // 46,600 + 0.5 % × 5 M
    [InlineData(80_000_000, 351_600)] // 321,600 + 0.6 % × 5 M
    [InlineData(500_000_000, 3_946_600)] // 2,946,600 + 2 % × 50 M
    [InlineData(0, 0)]
    public void Compute_FollowsTheScale(long value, long tax) =>
        Assert.Equal(Money.FromTenge(tax), Table.Compute(Money.FromTenge(value)));

    [Fact]
    public void Scale_IsContinuous_AtEveryBracketBoundary()
    {
        // Each bracket's fixed part must equal the previous bracket's tax at its upper bound — a check of the data.
        for (var i = 1; i < Table.Brackets.Count; i++)
        {
            var prev = Table.Brackets[i - 1];
            var b = Table.Brackets[i];
            var atBound = prev.Base + Money.RoundTiyn((b.Above - prev.Above).Tiyn * prev.RatePercent / 100m);
            Assert.Equal(b.Base, atBound);
        }
    }

    [Fact]
    public void BadTable_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new PropertyTaxTable([], "x").EnsureValid());
        Assert.Throws<ArgumentException>(() => new PropertyTaxTable(
            [new(Money.Zero, Money.Zero, 1m), new(Money.FromTenge(5), Money.Zero, 1m), new(Money.FromTenge(5), Money.Zero, 1m)], "x").EnsureValid());
    }

    [Fact]
    public void TaxSchedule_ProratesByMonthsInEachYear()
    {
        var schedule = AnnuitySchedule.Build(new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 24, new DateOnly(2026, 1, 1)));
        var rows = new TaxSchedule(Table, new TaxOptions()).Build(schedule);
        // Payments fall on 2026-02-01 … 2028-01-01: 11 in 2026, 12 in 2027, 1 in 2028.
        Assert.Equal([(2026, 11), (2027, 12), (2028, 1)], rows.Select(r => (r.Year, r.Months)));
        Assert.All(rows, r => Assert.Equal(71_600m, r.AnnualTax.Tenge));
        Assert.Equal(65_633.33m, rows[0].Tax.Tenge); // 71,600 × 11 / 12
        Assert.Equal(5_966.67m, rows[2].Tax.Tenge);
        Assert.Equal(schedule.Totals.Payments, new Money(rows.Sum(r => r.Payments.Tiyn)));
    }

    [Fact]
    public void Exemption_InMrp_UsesThatYearsMrp_AndLuxuryCoefficientApplies()
    {
        var schedule = AnnuitySchedule.Build(new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 12, new DateOnly(2026, 1, 1)));
        // 1,000 MRP × 4,325 (MRP 2026, republican budget law 2026–2028) = 4,325,000 tax-free → taxable 20,675,000
        // → 46,600 + 0.5 % × 675,000 = 49,975.
        var exempt = new TaxSchedule(Table, new TaxOptions { ExemptMrp = 1_000m }).Build(schedule);
        Assert.Equal(20_675_000m, exempt[0].TaxableValue.Tenge);
        Assert.Equal(49_975m, exempt[0].AnnualTax.Tenge);

        var luxury = new TaxSchedule(Table, new TaxOptions { LuxuryCoefficient = 1.5m }).Build(schedule);
        Assert.Equal(107_400m, luxury[0].AnnualTax.Tenge);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaxSchedule(Table, new TaxOptions { LuxuryCoefficient = 2m }));
    }

    [Fact]
    public void Mrp_FallsBackToLatestEarlierYear()
    {
        var options = new TaxOptions();
        Assert.Equal(4_325m, options.MrpFor(2030));
        Assert.Equal(3_932m, options.MrpFor(2025));
        Assert.Equal(3_932m, options.MrpFor(2020));
        Assert.Throws<InvalidOperationException>(() => new TaxOptions { MrpByYear = [] }.MrpFor(2026));
    }

    [Fact]
    public void TaxableValue_CanBeGiven_NotNegative()
    {
        var schedule = AnnuitySchedule.Build(new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 12, new DateOnly(2026, 1, 1)));
        var estimator = new TaxSchedule(Table, new TaxOptions());
        Assert.Equal(7_600m, estimator.Build(schedule, Money.FromTenge(8_000_000m))[0].AnnualTax.Tenge);
        Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Build(schedule, Money.FromTenge(-1m)));
    }

    [Fact]
    public void Affordability_FlagsAbove20Percent()
    {
        // Seed 003 point 2: housing aid when housing costs exceed 20 % of family income.
        var schedule = AnnuitySchedule.Build(new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 240, new DateOnly(2026, 1, 1)));
        var tax = Money.FromTenge(71_600m);
        var low = Affordability.For(schedule, Money.FromTenge(600_000m), tax);
        Assert.Equal(0.2332m, low.PaymentToIncome); // 139,904.22 / 600,000
        Assert.Equal(145_870.89m, low.MonthlyHousingCost.Tenge); // + 71,600 / 12 = 5,966.67
        Assert.True(low.ExceedsHousingAidThreshold);

        var ok = Affordability.For(schedule, Money.FromTenge(800_000m), tax);
        Assert.Equal(0.1823m, ok.HousingCostToIncome);
        Assert.False(ok.ExceedsHousingAidThreshold);

        Assert.Throws<ArgumentOutOfRangeException>(() => Affordability.For(schedule, Money.Zero, tax));
    }
}
