using RentToOwn.Domain.Leases;

namespace RentToOwn.Domain.Tests.Leases;

public class EarlyBuyoutTests
{
    private static readonly PaymentSchedule Schedule = AnnuitySchedule.Build(
        new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 240, new DateOnly(2026, 1, 15)));

    [Fact]
    public void OnStartDate_IsFullPrice_NoRent()
    {
        var q = EarlyBuyout.Quote(Schedule, new DateOnly(2026, 1, 15));
        Assert.Equal(0, q.PaymentsMade);
        Assert.Equal(25_000_000m, q.Total.Tenge);
        Assert.Equal(Money.Zero, q.AccruedRent);
    }

    [Fact]
    public void OnDueDate_PaymentCounted_NoAccrual()
    {
        var q = EarlyBuyout.Quote(Schedule, new DateOnly(2026, 2, 15));
        Assert.Equal(1, q.PaymentsMade);
        Assert.Equal(24_924_679.11m, q.RemainingPurchasePrice.Tenge);
        Assert.Equal(Money.Zero, q.AccruedRent);
        Assert.Equal(q.RemainingPurchasePrice, q.Total);
    }

    [Fact]
    public void MidPeriod_AccruesActualOverActual()
    {
        // Period 2026-02-15 → 2026-03-15 has 28 days; on 2026-03-01, 14 have elapsed: half of row 2's rent 64,388.75.
        var q = EarlyBuyout.Quote(Schedule, new DateOnly(2026, 3, 1));
        Assert.Equal((new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 15), 14, 28), (q.PeriodStart, q.PeriodEnd, q.DaysElapsed, q.DaysInPeriod));
        Assert.Equal(32_194.38m, q.AccruedRent.Tenge); // 64,388.75 / 2 = 32,194.375 → half away from zero
        Assert.Equal(24_924_679.11m + 32_194.38m, q.Total.Tenge);
    }

    [Fact]
    public void AfterLastPayment_IsZero()
    {
        var q = EarlyBuyout.Quote(Schedule, new DateOnly(2046, 1, 15));
        Assert.Equal(240, q.PaymentsMade);
        Assert.Equal(Money.Zero, q.Total);
    }

    [Fact]
    public void BeforeStart_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EarlyBuyout.Quote(Schedule, new DateOnly(2026, 1, 14)));
}
