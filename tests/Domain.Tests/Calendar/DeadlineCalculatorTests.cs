using Microsoft.Extensions.Time.Testing;
using RentToOwn.Domain.Calendar;

namespace RentToOwn.Domain.Tests.Calendar;

public class DeadlineCalculatorTests
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    private static (FakeTimeProvider Time, DeadlineCalculator Calc) Make(DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        return (time, new DeadlineCalculator(time, KazakhstanCalendar.FromEmbeddedData()));
    }

    [Fact]
    public void A6_TwoWorkingDays_SkipsIndependenceDay_AndExpiresAtLocalMidnight()
    {
        var (time, calc) = Make(new DateTimeOffset(2026, 12, 14, 10, 0, 0, Almaty));
        var deadline = calc.StartNow(LegalDeadline.RecipientListUpload);
        Assert.Equal(new DateOnly(2026, 12, 14), deadline.StartedOn);
        Assert.Equal(new DateOnly(2026, 12, 17), deadline.DueOn); // 15 Dec, (16 Dec holiday), 17 Dec
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 0, 0, 0, Almaty), deadline.DueAt);

        time.SetUtcNow(new DateTimeOffset(2026, 12, 17, 23, 59, 59, Almaty));
        Assert.False(calc.IsOverdue(deadline));
        Assert.Equal(TimeSpan.FromSeconds(1), calc.Remaining(deadline));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(calc.IsOverdue(deadline));
    }

    [Theory]
    [InlineData(LegalDeadline.ApplicationSubmission)] // A.7
    [InlineData(LegalDeadline.KtkDecision)] // A.13
    public void A7_A13_FifteenCalendarDays_CountWeekendsAndHolidays(LegalDeadline kind)
    {
        var (_, calc) = Make(new DateTimeOffset(2026, 12, 10, 9, 0, 0, Almaty));
        Assert.Equal(new DateOnly(2026, 12, 25), calc.StartNow(kind).DueOn);
    }

    [Fact]
    public void A38_OneWorkingDay_AfterNauryz()
    {
        // Fee confirmed Friday 20 Mar 2026; 21–25 Mar are days off (see the 2026 calendar test) → Thursday 26 Mar.
        var (_, calc) = Make(new DateTimeOffset(2026, 3, 20, 17, 0, 0, Almaty));
        Assert.Equal(new DateOnly(2026, 3, 26), calc.StartNow(LegalDeadline.RegistrationService).DueOn);
    }

    [Fact]
    public void EventDate_IsTheLocalDate_NotUtc()
    {
        // 20:30 UTC on 14 Dec is 01:30 on 15 Dec in Kazakhstan (UTC+5).
        var (_, calc) = Make(new DateTimeOffset(2026, 12, 14, 20, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 15), calc.Today);
        // Counting from 15 Dec: 16 Dec is a holiday → 17 Dec (counting from the UTC date would give 15 Dec).
        Assert.Equal(new DateOnly(2026, 12, 17), calc.StartNow(LegalDeadline.RegistrationService).DueOn);
    }

    [Fact]
    public void PlainCounts_AndNegativeCountsRejected()
    {
        var (_, calc) = Make(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Almaty));
        Assert.Equal(new DateOnly(2026, 1, 16), calc.CalendarDaysAfter(new DateOnly(2026, 1, 1), 15));
        Assert.Equal(new DateOnly(2026, 1, 6), calc.WorkingDaysAfter(new DateOnly(2026, 1, 1), 2)); // 2 Jan off, 3–4 weekend
        Assert.Throws<ArgumentOutOfRangeException>(() => calc.CalendarDaysAfter(new DateOnly(2026, 1, 1), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => calc.WorkingDaysAfter(new DateOnly(2026, 1, 1), -1));
    }
}
