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

        // Every round is checked and reported; the test fails once, naming every failed round's seed and what failed.
        var failed = reports.Select(round => (round, why: Failures(round, leases))).Where(x => x.why.Count > 0).ToList();
        output.WriteLine(Summary(seed, reports, failed.Select(x => x.round.Seed)));
        // The run's counts as JSON beside the rounds' lines (the README's numbers; committed copies go under docs/bench/).
        var json = Path.Combine(BenchRunner.RepositoryRoot(), "bench", "results", "platform-crash.json");
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);
        File.WriteAllText(json, Totals(seed, leases, reports, failed.Select(x => x.round.Seed)).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        output.WriteLine($"totals: {json}");
        Assert.True(reports.Count == rounds, $"{reports.Count} of {rounds} rounds reported");
        Assert.True(failed.Count == 0, $"{failed.Count} of {rounds} rounds failed; repeat one with RTO_PLATFORM_CRASH_ROUNDS=1 "
            + $"RTO_PLATFORM_CRASH_SEED=<its seed> (long mode):\n"
            + string.Join("\n", failed.Select(x => $"seed {x.round.Seed} (round {x.round.Round}): {string.Join("; ", x.why)}\n  {x.round.ToJson().ToJsonString()}")));
    }

    // What a round got wrong (empty: nothing).
    private static List<string> Failures(RoundReport round, int leases)
    {
        var why = new List<string>();
        void Expect(bool ok, string what)
        {
            if (!ok) why.Add(what);
        }

        Expect(round.Errors.Count == 0, $"{round.Errors.Count} error(s)");
        Expect(round.KilledOn is not null, "no kill happened");
        Expect(round.Restarts == 1, $"{round.Restarts} restarts, expected 1");
        Expect(round.Finished == leases, $"{round.Finished} of {leases} leases finished");
        // A.39: every receipt an answer gave a client verifies after the restart, and its leaf is in the restarted log
        // (at least the contract's three per lease).
        Expect(round.ReceiptsChecked >= 3 * leases, $"{round.ReceiptsChecked} receipts checked, expected at least {3 * leases}");
        Expect(round.ReceiptsFailed == 0, $"{round.ReceiptsFailed} receipts failed verification");
        Expect(round.LedgerDuplicates == 0, $"{round.LedgerDuplicates} ledger records twice");
        Expect(round.PaymentDuplicates == 0, $"{round.PaymentDuplicates} payments twice");
        // A.29, A.22, A.31: per lease the buyout and three registration fees (lease, termination, ownership), each once.
        Expect(round.PaymentsConfirmed == 4 * leases, $"{round.PaymentsConfirmed} payments confirmed, expected {4 * leases}");
        // A.19–A.37: three applications per lease reached the cadastre once each, and each was registered once.
        Expect(round.CadastreApplications == 3 * leases, $"{round.CadastreApplications} cadastre applications, expected {3 * leases}");
        Expect(round.CadastreEntries == 3 * leases, $"{round.CadastreEntries} cadastre entries, expected {3 * leases}");
        Expect(round.CadastreDuplicates == 0, $"{round.CadastreDuplicates} cadastre entries twice");
        return why;
    }

    // The README's counts: rounds, kill points by step and mode, retried steps, duplicates.
    private static string Summary(int seed, IReadOnlyList<RoundReport> reports, IEnumerable<int> failedSeeds) =>
        $"seed {seed}: {reports.Count} rounds, {reports.Sum(x => x.Finished)} leases finished, {reports.Sum(x => x.Requests)} requests, "
        + $"{reports.Sum(x => x.Retried.Count)} retried, {reports.Sum(x => x.ReceiptsChecked)} receipts verified after the restart ({reports.Sum(x => x.ReceiptsFailed)} failed); duplicates: ledger {reports.Sum(x => x.LedgerDuplicates)}, payments {reports.Sum(x => x.PaymentDuplicates)}, "
        + $"cadastre {reports.Sum(x => x.CadastreDuplicates)}; {reports.Sum(x => x.Seconds):F0} s\n"
        + "kill points: " + string.Join("; ", reports.GroupBy(x => $"{x.KilledOn} ({x.Mode})").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")) + "\n"
        + "cut off by the kill: " + string.Join("; ", reports.SelectMany(x => x.Retried).GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")) + "\n"
        + "resent by the clients: " + string.Join("; ", reports.SelectMany(x => x.Resent).GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")) + "\n"
        + "failed rounds (seed): " + string.Join(", ", failedSeeds);

    private static System.Text.Json.Nodes.JsonObject Totals(int seed, int leases, IReadOnlyList<RoundReport> reports, IEnumerable<int> failedSeeds) => new()
    {
        ["test"] = nameof(PlatformCrashTests), ["seed"] = seed, ["rounds"] = reports.Count, ["leasesPerRound"] = leases,
        ["killPointsByMode"] = Counts(reports.Select(x => x.KilledOn is null ? "none" : x.Mode.ToString())),
        ["killPointsByStep"] = Counts(reports.Select(x => $"{x.KilledOn} ({x.Mode})")),
        ["leasesFinished"] = reports.Sum(x => x.Finished), ["leases"] = leases * reports.Count,
        ["receiptsVerified"] = reports.Sum(x => x.ReceiptsChecked - x.ReceiptsFailed), ["receiptsFailed"] = reports.Sum(x => x.ReceiptsFailed),
        ["ledgerRecords"] = reports.Sum(x => x.LedgerRecords), ["ledgerDuplicates"] = reports.Sum(x => x.LedgerDuplicates),
        ["paymentsConfirmed"] = reports.Sum(x => x.PaymentsConfirmed), ["paymentDuplicates"] = reports.Sum(x => x.PaymentDuplicates),
        ["cadastreDuplicates"] = reports.Sum(x => x.CadastreDuplicates), ["requests"] = reports.Sum(x => x.Requests),
        ["cutOff"] = Counts(reports.SelectMany(x => x.Retried)), ["resent"] = Counts(reports.SelectMany(x => x.Resent)),
        ["seconds"] = Math.Round(reports.Sum(x => x.Seconds)), ["restartSeconds"] = new System.Text.Json.Nodes.JsonArray(reports.Select(x => (System.Text.Json.Nodes.JsonNode)x.RestartSeconds).ToArray()),
        ["failedSeeds"] = new System.Text.Json.Nodes.JsonArray(failedSeeds.Select(x => (System.Text.Json.Nodes.JsonNode)x).ToArray()),
        ["roundReports"] = new System.Text.Json.Nodes.JsonArray(reports.Select(x => (System.Text.Json.Nodes.JsonNode)x.ToJson()).ToArray()),
    };

    private static System.Text.Json.Nodes.JsonObject Counts(IEnumerable<string> items) =>
        new(items.GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => KeyValuePair.Create(g.Key, (System.Text.Json.Nodes.JsonNode?)g.Count())));

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
