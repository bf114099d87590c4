using System.Diagnostics;
using System.Text.Json.Nodes;
using RentToOwn.Domain;
using RentToOwn.Domain.Leases;

namespace RentToOwn.Bench.Suites;

/// <summary>
/// Suite <c>schedule</c>: 240-month annuity schedules (A.17) per second on one thread. Side by side in the same run:
/// the domain's <see cref="AnnuitySchedule.Build"/>, a naive baseline (decimal tenge amounts, <see cref="Math.Pow(double, double)"/>,
/// a list of tuples), and bare evaluations of the annuity formula. Rounds are interleaved and the median is reported.
/// </summary>
public sealed class ScheduleSuite : IBenchSuite
{
    private const int Months = 240;

    /// <inheritdoc />
    public string Name => "schedule";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick)
    {
        var seconds = quick ? 0.3 : 2.0;
        const int rounds = 5;
        var start = new DateOnly(2026, 1, 15);

        // Correctness guard: both schedule implementations agree on the example before timing anything.
        var check = AnnuitySchedule.Build(new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, Months, start));
        var naiveCheck = Naive(25_000_000m, 3.1m, Months, start);
        if (check.MonthlyPayment.Tenge != naiveCheck[0].Payment || check.Rows[^1].Payment.Tenge != naiveCheck[^1].Payment)
        {
            throw new InvalidOperationException("baseline and implementation disagree");
        }

        var domain = new List<double>();
        var naive = new List<double>();
        var formula = new List<double>();
        long sink = 0;
        for (var r = 0; r < rounds; r++)
        {
            domain.Add(Rate(seconds, i =>
            {
                var s = AnnuitySchedule.Build(new LeaseTerms(new Money(2_500_000_000 + i), 3.1m, Months, start));
                sink += s.Totals.Rent.Tiyn;
            }));
            naive.Add(Rate(seconds, i =>
            {
                var rows = Naive(25_000_000m + (i * 0.01m), 3.1m, Months, start);
                sink += (long)rows[^1].Payment;
            }));
            formula.Add(Rate(seconds, i =>
            {
                sink += AnnuitySchedule.MonthlyPayment(new Money(2_500_000_000 + i), 3.1m / 100m / 12m, Months).Tiyn;
            }));
        }

        GC.KeepAlive(sink);
        var d = Median(domain);
        var n = Median(naive);
        var f = Median(formula);
        return Task.FromResult(new JsonObject
        {
            ["months"] = Months,
            ["secondsPerMeasurement"] = seconds,
            ["rounds"] = rounds,
            ["domainSchedulesPerSecond"] = Math.Round(d),
            ["naiveDecimalSchedulesPerSecond"] = Math.Round(n),
            ["annuityFormulaEvaluationsPerSecond"] = Math.Round(f),
            ["domainVsNaiveRatio"] = Math.Round(d / n, 3),
            ["formulaVsScheduleRatio"] = Math.Round(f / d, 1),
            ["microsecondsPerSchedule"] = Math.Round(1e6 / d, 2),
        });
    }

    /// <summary>The baseline a newcomer would write: decimal tenge, double Pow, rounding per row, tuples in a list.</summary>
    private static List<(int N, DateOnly Date, decimal Payment, decimal Rent, decimal Purchase, decimal Remaining)> Naive(
        decimal price, decimal ratePercent, int months, DateOnly start)
    {
        var r = ratePercent / 100m / 12m;
        var p = Math.Round(price * r / (1m - (decimal)Math.Pow(1 + (double)r, -months)), 2, MidpointRounding.AwayFromZero);
        var rows = new List<(int, DateOnly, decimal, decimal, decimal, decimal)>();
        var remaining = price;
        for (var k = 1; k <= months; k++)
        {
            var rent = Math.Round(remaining * r, 2, MidpointRounding.AwayFromZero);
            var purchase = k == months ? remaining : p - rent;
            remaining -= purchase;
            rows.Add((k, start.AddMonths(k), rent + purchase, rent, purchase, remaining));
        }

        return rows;
    }

    private static double Rate(double seconds, Action<long> body)
    {
        for (var i = 0; i < 50; i++)
        {
            body(i);
        }

        var sw = Stopwatch.StartNew();
        long count = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 16; i++)
            {
                body(count++);
            }
        }

        return count / sw.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
