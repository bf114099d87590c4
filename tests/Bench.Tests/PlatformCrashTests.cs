using RentToOwn.Bench.Platform.Crash;
using Xunit.Abstractions;

namespace RentToOwn.Bench.Tests;

/// <summary>
/// Issue 17 §3: <c>kill -9</c> of the platform (a real child process) in the middle of the lifecycle benchmark, at a seeded
/// random request, then a restart on the same data directory: every lease finishes, every signature the clients were given
/// verifies, nothing is recorded, paid or registered twice. Rounds: <c>RTO_PLATFORM_CRASH_ROUNDS</c> (default 2; the README's
/// long run uses 20); seed: <c>RTO_PLATFORM_CRASH_SEED</c> (printed).
/// </summary>
public sealed class PlatformCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kill_9_of_the_platform_mid_lifecycle_then_restart_finishes_every_lease_and_records_pays_and_registers_nothing_twice()
    {
        var full = int.TryParse(Environment.GetEnvironmentVariable("RTO_PLATFORM_CRASH_ROUNDS"), out var r) && r > 0;
        var rounds = full ? r : 2;
        // The quick run (the test command): one lease, so one request is in flight when the platform dies before it, and
        // every kill lands on a request the platform has not handled. The long run: three leases at once, and kills that
        // also lose an answer the platform gave (a retried step must be idempotent; see the README for what that found).
        var leases = full ? 3 : 1;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RTO_PLATFORM_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        output.WriteLine($"rounds {rounds}, seed {seed} (RTO_PLATFORM_CRASH_SEED={seed} repeats the kill points)");
        IReadOnlyList<RoundReport> reports;
        // Each round's line also goes to a file as it ends (a long run can be followed).
        var lines = Path.Combine(Path.GetTempPath(), $"rto-platform-crash-{seed}.jsonl");
        output.WriteLine($"rounds: {lines}");
        var log = new StringWriter();
        await using (var file = new StreamWriter(lines) { AutoFlush = true })
        {
            var both = new Tee(log, file);
            reports = await new PlatformCrashRun(seed, leases, answerLost: full).RunAsync(rounds, both, CancellationToken.None);
        }

        output.WriteLine(log.ToString());

        foreach (var round in reports)
        {
            var at = $"seed {seed}, round {round.Round}: {round.ToJson().ToJsonString()}";
            Assert.True(round.Errors.Count == 0, at);
            Assert.True(round.KilledOn is not null, "no kill happened: " + at);
            Assert.True(round.Restarts == 1, at);
            Assert.True(round.Finished == leases, at);
            // A.39: every receipt an answer gave a client verifies after the restart, and its leaf is in the restarted log.
            Assert.True(round.ReceiptsChecked >= 3 * leases && round.ReceiptsFailed == 0, at); // at least the contract's three per lease
            Assert.True(round.LedgerDuplicates == 0, at);
            Assert.True(round.PaymentDuplicates == 0, at);
            // A.29, A.22, A.31: per lease the buyout and three registration fees (lease, termination, ownership), each once.
            Assert.True(round.PaymentsConfirmed == 4 * leases, at);
            // A.19–A.37: three applications per lease reached the cadastre once each, and each was registered once.
            Assert.True(round.CadastreApplications == 3 * leases, at);
            Assert.True(round.CadastreEntries == 3 * leases, at);
            Assert.True(round.CadastreDuplicates == 0, at);
        }

        output.WriteLine(Summary(seed, reports));
    }

    // The README's counts: rounds, kill points by step and mode, retried steps, duplicates.
    private static string Summary(int seed, IReadOnlyList<RoundReport> reports) =>
        $"seed {seed}: {reports.Count} rounds, {reports.Sum(x => x.Finished)} leases finished, {reports.Sum(x => x.Requests)} requests, "
        + $"{reports.Sum(x => x.Retried.Count)} retried, {reports.Sum(x => x.ReceiptsChecked)} receipts verified after the restart ({reports.Sum(x => x.ReceiptsFailed)} failed); duplicates: ledger {reports.Sum(x => x.LedgerDuplicates)}, payments {reports.Sum(x => x.PaymentDuplicates)}, "
        + $"cadastre {reports.Sum(x => x.CadastreDuplicates)}; {reports.Sum(x => x.Seconds):F0} s\n"
        + "kill points: " + string.Join("; ", reports.GroupBy(x => $"{x.KilledOn} ({x.Mode})").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")) + "\n"
        + "retried: " + string.Join("; ", reports.SelectMany(x => x.Retried).GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}"));

    private sealed class Tee(TextWriter a, TextWriter b) : TextWriter
    {
        public override System.Text.Encoding Encoding => a.Encoding;

        public override void Write(char value)
        {
            a.Write(value);
            b.Write(value);
        }

        public override void WriteLine(string? value)
        {
            a.WriteLine(value);
            b.WriteLine(value);
        }
    }
}
