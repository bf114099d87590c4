using RentToOwn.Domain.Leases;

namespace RentToOwn.Domain.Tests.Leases;

// Expected values were computed independently with Python's decimal module at 50 digits using the formula of
// issue 2 §4 (P = S·r/(1−(1+r)^−n), tiyn rounded half away from zero, last payment absorbs rounding).
public class AnnuityScheduleTests
{
    private static LeaseTerms Terms(decimal price, decimal rate = 3.1m, int months = 240, decimal down = 0m, string start = "2026-01-15") =>
        new(Money.FromTenge(price), rate, months, DateOnly.Parse(start), Money.FromTenge(down));

    [Fact]
    public void IssueExample_25Million_3_1Percent_240Months()
    {
        // Issue 2 "Done when": 240 rows, monthly payment 139,904.22, purchase parts sum to exactly 25,000,000.00.
        var s = AnnuitySchedule.Build(Terms(25_000_000m));
        Assert.Equal(240, s.Rows.Count);
        Assert.Equal(139_904.22m, s.MonthlyPayment.Tenge);
        Assert.Equal(25_000_000.00m, s.Rows.Sum(r => r.Purchase.Tenge));
        Assert.Equal(25_000_000.00m, s.Totals.Purchase.Tenge);
        Assert.Equal(Money.Zero, s.Rows[^1].Remaining);
        Assert.All(s.Rows.Take(239), r => Assert.Equal(s.MonthlyPayment, r.Payment));
        Assert.All(s.Rows, r => Assert.Equal(r.Payment, r.Rent + r.Purchase));

        // Last payment differs only by rounding: 139,905.62 (rent 360.49 + purchase 139,545.13).
        Assert.Equal(139_905.62m, s.Rows[^1].Payment.Tenge);
        Assert.Equal(360.49m, s.Rows[^1].Rent.Tenge);

        // Row 1: rent = 25,000,000 × 0.031/12 = 64,583.333… → 64,583.33; purchase = 75,320.89.
        Assert.Equal(64_583.33m, s.Rows[0].Rent.Tenge);
        Assert.Equal(75_320.89m, s.Rows[0].Purchase.Tenge);
        Assert.Equal(24_924_679.11m, s.Rows[0].Remaining.Tenge);
        Assert.Equal(64_388.75m, s.Rows[1].Rent.Tenge);

        Assert.Equal(33_577_014.20m, s.Totals.Payments.Tenge);
        Assert.Equal(8_577_014.20m, s.Totals.Rent.Tenge);
    }

    [Fact]
    public void TextbookAnnuity_OnePercentAMonth()
    {
        // 12,000 at 12 %/year for 12 months: annuity factor 0.0888487887 (standard annuity tables) → 1,066.19.
        var s = AnnuitySchedule.Build(Terms(12_000m, 12m, 12));
        Assert.Equal(1_066.19m, s.MonthlyPayment.Tenge);
        Assert.Equal(120.00m, s.Rows[0].Rent.Tenge);
        Assert.Equal(1_066.14m, s.Rows[^1].Payment.Tenge);
        Assert.Equal(12_000m, s.Totals.Purchase.Tenge);
    }

    [Fact]
    public void DownPayment_IsNotFinanced()
    {
        var s = AnnuitySchedule.Build(Terms(25_000_000m, down: 5_000_000m));
        Assert.Equal(111_923.38m, s.MonthlyPayment.Tenge);
        Assert.Equal(20_000_000.00m, s.Totals.Purchase.Tenge);
        Assert.Equal(111_923.23m, s.Rows[^1].Payment.Tenge);
        Assert.Equal(Money.Zero, s.Rows[^1].Remaining);
    }

    [Fact]
    public void ZeroRate_SplitsEvenly_LastAbsorbsRounding()
    {
        var s = AnnuitySchedule.Build(Terms(1_000_000m, 0m, 3));
        Assert.Equal([333_333.33m, 333_333.33m, 333_333.34m], s.Rows.Select(r => r.Payment.Tenge));
        Assert.All(s.Rows, r => Assert.Equal(Money.Zero, r.Rent));
    }

    [Fact]
    public void Dates_AreStartPlusNMonths_ClampedToMonthEnd()
    {
        var s = AnnuitySchedule.Build(Terms(1_000_000m, months: 3, start: "2026-01-31"));
        Assert.Equal(
            [new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)],
            s.Rows.Select(r => r.Date));
        Assert.Equal([1, 2, 3], s.Rows.Select(r => r.N));
    }

    [Theory]
    [InlineData(-1, 3.1, 240, 0, "price must be positive")]
    [InlineData(0, 3.1, 240, 0, "price must be positive")]
    [InlineData(1000, 3.1, 240, 1000, "must be less than the price")]
    [InlineData(1000, 3.1, 240, 2000, "must be less than the price")]
    [InlineData(1000, 3.1, 240, -1, "down payment must not be negative")]
    [InlineData(1000, -0.1, 240, 0, "annual rate must be between 0 and 30")]
    [InlineData(1000, 31, 240, 0, "annual rate must be between 0 and 30")]
    [InlineData(1000, 3.1, 0, 0, "term must be 1 to 240 months")]
    [InlineData(1000, 3.1, 241, 0, "term must be 1 to 240 months")]
    public void BadTerms_AreRejected(decimal price, decimal rate, int months, decimal down, string fragment)
    {
        var ex = Assert.Throws<LeaseValidationException>(() => AnnuitySchedule.Build(Terms(price, rate, months, down)));
        Assert.Contains(ex.Problems, p => p.Contains(fragment));
    }

    [Fact]
    public void AllProblems_AreReportedTogether()
    {
        var ex = Assert.Throws<LeaseValidationException>(() => AnnuitySchedule.Build(Terms(-5m, 99m, 500)));
        Assert.Equal(3, ex.Problems.Count);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(240, 0.01)]
    [InlineData(240, 30)]
    [InlineData(7, 3.1)]
    public void Invariants_HoldAcrossTerms(int months, decimal rate)
    {
        var s = AnnuitySchedule.Build(Terms(9_876_543.21m, rate, months));
        Assert.Equal(months, s.Rows.Count);
        Assert.Equal(9_876_543.21m, s.Rows.Sum(r => r.Purchase.Tenge));
        Assert.Equal(Money.Zero, s.Rows[^1].Remaining);
        Assert.All(s.Rows, r => Assert.True(r.Purchase > Money.Zero && r.Rent >= Money.Zero));
        // The last payment differs from P by at most one tiyn per month of accumulated rounding.
        Assert.True(Math.Abs(s.Rows[^1].Payment.Tiyn - s.MonthlyPayment.Tiyn) <= months);
    }
}
