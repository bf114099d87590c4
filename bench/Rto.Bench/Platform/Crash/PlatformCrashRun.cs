using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RentToOwn.Cli.Demo;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.Bench.Platform.Crash;

/// <summary>
/// Issue 17 §3, crash tests: per round, a fresh platform child (<see cref="PlatformProcess"/>, SQLite, its embedded log and
/// cadastre simulator in its data directory) behind the <see cref="CrashProxy"/>; <see cref="Leases"/> leases walk the whole
/// life with the benchmark's driver (<see cref="LifecycleScenario"/>, concurrently); the platform is <c>kill -9</c>ed at a
/// seeded random request (before the request, or after it was handled with the answer lost) and started again on the same
/// data directory; the clients' cut-off calls are retried. Then: every lease finished and every signature the clients
/// were given verified (CMS, ledger bundle against the log and witness keys, the closing documents through the public
/// verifier); no ledger record twice (same subject, kind, document hash and signer); no payment confirmed or applied to
/// the term twice; the cadastre simulator holds each application once and registered each once.
/// </summary>
public sealed class PlatformCrashRun(int seed, int leases = 3, bool answerLost = true)
{
    /// <summary>
    /// At most the requests one lease's life makes through the proxy (measured <see cref="RoundReport.Requests"/>: 187–188 per
    /// lease on 2026-12-07, after the client kept its anti-forgery token); kill points fall in the first 90 % of it.
    /// </summary>
    public const int RequestsPerLease = 180;

    /// <summary>The seed of the kill points.</summary>
    public int Seed { get; } = seed;

    /// <summary>Leases per round.</summary>
    public int Leases { get; } = leases;

    /// <summary>
    /// Runs <paramref name="rounds"/> rounds; one report per round, whatever happened in it (a failure, also an exception, is
    /// in that round's <see cref="RoundReport.Errors"/>, not thrown). Round 1 draws its kill point from <see cref="Seed"/>
    /// itself, later rounds from seeds drawn from it: <c>RTO_PLATFORM_CRASH_SEED=</c>a round's seed with one round repeats it.
    /// </summary>
    public async Task<IReadOnlyList<RoundReport>> RunAsync(int rounds, TextWriter log, CancellationToken ct)
    {
        var seeds = new Random(Seed);
        var reports = new List<RoundReport>();
        // The people's keys and the seed once; each round copies the PKI into a fresh data directory (new database, log, outbox).
        var template = Directory.CreateTempSubdirectory("rto-crash-people-").FullName;
        try
        {
            var people = BenchPeople.Prepare(template, Leases);
            for (var round = 1; round <= rounds; round++)
            {
                var roundSeed = round == 1 ? Seed : seeds.Next();
                var random = new Random(roundSeed);
                var killAt = random.Next(1, Leases * RequestsPerLease * 9 / 10);
                var mode = random.Next(2) == 0 || !answerLost ? KillMode.BeforeRequest : KillMode.AnswerLost;
                RoundReport report;
                try
                {
                    report = await RoundAsync(round, roundSeed, people, template, killAt, mode, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    report = new RoundReport { Round = round, Seed = roundSeed, KillAt = killAt, Mode = mode };
                    report.Errors.Add($"round {round}: {e.GetType().Name}: {e.Message}");
                }

                log.WriteLine(report.ToJson().ToJsonString());
                reports.Add(report);
            }
        }
        finally
        {
            Delete(template);
        }

        return reports;
    }

    private static async Task<RoundReport> RoundAsync(int round, int seed, BenchPeople people, string template, int killAt, KillMode mode, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("rto-crash-").FullName;
        var report = new RoundReport { Round = round, Seed = seed, KillAt = killAt, Mode = mode };
        var resends = new ConcurrentQueue<string>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Copy(Path.Combine(template, "pki"), Path.Combine(data, "pki"));
            report.PrepareSeconds = Math.Round(started.Elapsed.TotalSeconds, 1);
            CrashProxy? proxy = null;
            List<JsonObject> receipts = [];
            try
            {
                var first = await PlatformProcess.StartAsync(data, people, ct);
                try
                {
                    proxy = await CrashProxy.StartAsync(first, c => PlatformProcess.StartAsync(data, people, c));
                }
                catch
                {
                    await first.DisposeAsync(); // the proxy did not start: the child is killed here
                    throw;
                }

                await ImportFlatsAsync(proxy.Url, data, people, resends);
                report.StartSeconds = Math.Round(started.Elapsed.TotalSeconds - report.PrepareSeconds, 1);
                proxy.Arm(killAt, mode);
                var results = await Task.WhenAll(people.Leases.Select(l => LifeAsync(proxy.Url, data, l, resends, ct)));
                report.RestartSeconds = Math.Round(proxy.RestartTime.TotalSeconds, 1);
                report.Finished = results.Count(r => r is null);
                report.Errors.AddRange(results.Where(r => r is not null)!);
                report.KilledOn = proxy.KilledOn;
                report.KilledAtRequest = proxy.KilledAtRequest;
                report.Restarts = proxy.Restarts;
                report.Requests = proxy.Requests;
                report.Retried.AddRange(proxy.Retried.Order());
                receipts = [.. proxy.Receipts];
            }
            finally
            {
                if (proxy is not null) await proxy.DisposeAsync(); // the child is killed here on every path
            }

            SqliteConnection.ClearAllPools();
            CountLedger(data, report);
            await CheckReceiptsAsync(data, receipts, report);
            CountPayments(data, report);
            CountCadastre(data, report);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            report.Errors.Add($"round {round}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            report.Resent.AddRange(resends);
            report.Seconds = Math.Round(started.Elapsed.TotalSeconds, 1);
            SqliteConnection.ClearAllPools();
            Delete(data);
        }

        return report;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // One lease's whole life; null when it finished with every signature verified, else why not.
    // Every client resends a call cut off by the kill (ResendingHandler); what it resent goes to resends.
    private static async Task<string?> LifeAsync(Uri url, string data, BenchLease l, ConcurrentQueue<string> resends, CancellationToken ct)
    {
        var pki = Path.Combine(data, "pki");
        Func<HttpMessageHandler, HttpMessageHandler> transport = inner => new ResendingHandler(inner, resends);
        using var p = new DemoParties(
            new DemoUser(url, pki, "ktk-officer", l.Officer, transport), new DemoUser(url, pki, "tenant", l.Tenant, transport),
            new DemoUser(url, pki, "guarantor", l.Guarantor, transport), new DemoUser(url, pki, "ktk-head", null, transport),
            new DemoUser(url, pki, "spouse", l.Spouse, transport), new DemoUser(url, pki, "registrar", null, transport));
        try
        {
            var scenario = new LifecycleScenario(url, data, DemoLedger.Embedded, TextWriter.Null)
            {
                PublicTransport = () => new ResendingHandler(new HttpClientHandler(), resends),
            };
            var result = await scenario.RunAsync(p, ct);
            return LifecycleScenario.Succeeded(result) ? null : $"lease {l.Number}: {result.ToJsonString()}";
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Whatever ends a lease is that lease's failure (the round goes on with the others and its checks).
            return $"lease {l.Number}: {e.GetType().Name}: {e.Message}";
        }
    }

    // A.5: KTK's flats for the round, imported by an officer (before the kill points are counted).
    private static async Task ImportFlatsAsync(Uri url, string data, BenchPeople people, ConcurrentQueue<string> resends)
    {
        using var officer = new DemoUser(url, Path.Combine(data, "pki"), "ktk-officer", people.Leases[0].Officer, inner => new ResendingHandler(inner, resends));
        await officer.LoginAsync(CancellationToken.None);
        using var csv = new ByteArrayContent(people.FlatsCsv());
        csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        await DemoUser.Json(await officer.Http.PostAsync("api/housing/flats/import", csv), "officer: import the flats", CancellationToken.None);
    }

    // Every leaf of the embedded log, by (subject, kind, document hash, signer): each at most once.
    private static void CountLedger(string data, RoundReport report)
    {
        using var db = Open(Path.Combine(data, "ledger", "ledger.db"));
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT entry FROM leaves ORDER BY idx";
        var keys = new Dictionary<string, int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var r = SigningRecordCodec.Decode((byte[])reader[0]);
            var key = $"{r.SubjectId}|{r.Kind}|{r.DocumentSha256}|{r.Signer}";
            keys[key] = keys.GetValueOrDefault(key) + 1;
        }

        report.LedgerRecords = keys.Values.Sum();
        report.LedgerDuplicates = keys.Values.Sum(c => c - 1);
    }

    // A.39: every receipt an answer carried to a client, after the restart: its bundle verifies (log signature, witness
    // cosignature, inclusion proof) and the restarted log holds the same leaf at its index.
    private static async Task CheckReceiptsAsync(string data, List<JsonObject> receipts, RoundReport report)
    {
        var ledger = Path.Combine(data, "ledger");
        var verifier = new BundleVerifier(NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(ledger, "log.pub"))),
            [NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(ledger, "witness.pub")))], 1);
        using var db = Open(Path.Combine(ledger, "ledger.db"));
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT entry FROM leaves WHERE idx = $i";
        var index = cmd.Parameters.Add("$i", SqliteType.Integer);
        foreach (var receipt in receipts.DistinctBy(r => r.ToJsonString()))
        {
            report.ReceiptsChecked++;
            try
            {
                var result = await verifier.VerifyAsync(ReceiptJson.ToBundle(receipt));
                index.Value = receipt["index"]!.GetValue<long>();
                var leaf = cmd.ExecuteScalar() is byte[] entry ? Convert.ToHexStringLower(Rfc6962.LeafHash(entry)) : null;
                if (!result.IsValid || leaf != receipt["leafHash"]!.GetValue<string>())
                {
                    report.ReceiptsFailed++;
                    report.Errors.Add($"receipt {receipt["index"]}: {(result.IsValid ? "bundle verified" : result.Reason)}, log leaf {leaf ?? "missing"}");
                }
            }
            catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
            {
                report.ReceiptsFailed++;
                var text = receipt.ToJsonString();
                report.Errors.Add($"receipt {receipt["index"]}: {e.GetType().Name} {e.Message} in {text[..Math.Min(300, text.Length)]}");
            }
        }
    }

    // Payments confirmed once per purpose and subject; each provider payment applied to the term once.
    private static void CountPayments(string data, RoundReport report)
    {
        using var db = Open(Path.Combine(data, "platform.db"));
        report.PaymentsConfirmed = Scalar(db, "SELECT COUNT(*) FROM payments WHERE PaidAt IS NOT NULL");
        report.PaymentDuplicates = Scalar(db, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) n FROM payments WHERE PaidAt IS NOT NULL GROUP BY Purpose, SubjectId)")
            + Scalar(db, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) n FROM term_payments GROUP BY ProviderReference)")
            + Scalar(db, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) n FROM term_payments WHERE SettlesPurchase = 1 GROUP BY LeaseId)");
    }

    // The simulator (its SQLite state in the data directory): each application submitted once, registered once.
    private static void CountCadastre(string data, RoundReport report)
    {
        using var db = Open(Path.Combine(data, "kadastr", "simulator.db"));
        report.CadastreApplications = Scalar(db, "SELECT COUNT(*) FROM applications");
        report.CadastreEntries = Scalar(db, "SELECT COUNT(*) FROM entries WHERE application_id IS NOT NULL");
        report.CadastreDuplicates = Scalar(db, "SELECT COUNT(*) - COUNT(DISTINCT application_id) FROM entries WHERE application_id IS NOT NULL");
    }

    private static SqliteConnection Open(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static int Scalar(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What one crash round did and found.</summary>
public sealed class RoundReport
{
    /// <summary>Round number (1-based).</summary>
    public int Round { get; init; }

    /// <summary>The round's seed (its kill point and mode); with one round, <c>RTO_PLATFORM_CRASH_SEED</c> repeats it.</summary>
    public int Seed { get; init; }

    /// <summary>The drawn kill point (request number).</summary>
    public int KillAt { get; init; }

    /// <summary>The drawn kill mode.</summary>
    public KillMode Mode { get; init; }

    /// <summary>The request the kill fell on (method and path, ids as {id}); null: no kill happened.</summary>
    public string? KilledOn { get; set; }

    /// <summary>Its number.</summary>
    public int KilledAtRequest { get; set; }

    /// <summary>Platform restarts.</summary>
    public int Restarts { get; set; }

    /// <summary>Requests the clients made through the proxy.</summary>
    public int Requests { get; set; }

    /// <summary>Requests the kill cut off (in flight, or the answer lost): the proxy reset the client's connection.</summary>
    public List<string> Retried { get; } = [];

    /// <summary>Calls the clients sent again, with why (reset, gateway answer, no answer in time).</summary>
    public List<string> Resent { get; } = [];

    /// <summary>Leases that finished with every signature verified.</summary>
    public int Finished { get; set; }

    /// <summary>What went wrong.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Distinct receipts the clients were given, checked after the restart.</summary>
    public int ReceiptsChecked { get; set; }

    /// <summary>Of them, how many failed.</summary>
    public int ReceiptsFailed { get; set; }

    /// <summary>Leaves in the log.</summary>
    public int LedgerRecords { get; set; }

    /// <summary>Leaves beyond the first with the same subject, kind, document hash and signer.</summary>
    public int LedgerDuplicates { get; set; }

    /// <summary>Confirmed payments.</summary>
    public int PaymentsConfirmed { get; set; }

    /// <summary>Payments confirmed or applied more than once.</summary>
    public int PaymentDuplicates { get; set; }

    /// <summary>Applications the cadastre simulator holds.</summary>
    public int CadastreApplications { get; set; }

    /// <summary>Register entries the simulator made for applications.</summary>
    public int CadastreEntries { get; set; }

    /// <summary>Entries beyond the first for the same application.</summary>
    public int CadastreDuplicates { get; set; }

    /// <summary>Round time.</summary>
    public double Seconds { get; set; }

    /// <summary>Time to copy the people's keys into the round's data directory.</summary>
    public double PrepareSeconds { get; set; }

    /// <summary>Time from the prepared data to a platform serving with the flats imported.</summary>
    public double StartSeconds { get; set; }

    /// <summary>Time from the kill to the restarted platform listening.</summary>
    public double RestartSeconds { get; set; }

    /// <summary>As JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["round"] = Round, ["seed"] = Seed, ["killAt"] = KillAt, ["mode"] = Mode.ToString(), ["killedOn"] = KilledOn, ["killedAtRequest"] = KilledAtRequest,
        ["restarts"] = Restarts, ["requests"] = Requests, ["retried"] = new JsonArray(Retried.Select(r => (JsonNode)r).ToArray()),
        ["resent"] = new JsonArray(Resent.Select(r => (JsonNode)r).ToArray()),
        ["finished"] = Finished, ["errors"] = new JsonArray(Errors.Select(e => (JsonNode)e).ToArray()),
        ["receiptsChecked"] = ReceiptsChecked, ["receiptsFailed"] = ReceiptsFailed, ["ledgerRecords"] = LedgerRecords, ["ledgerDuplicates"] = LedgerDuplicates, ["paymentsConfirmed"] = PaymentsConfirmed,
        ["paymentDuplicates"] = PaymentDuplicates, ["cadastreApplications"] = CadastreApplications, ["cadastreEntries"] = CadastreEntries,
        ["cadastreDuplicates"] = CadastreDuplicates, ["seconds"] = Seconds,
        ["prepareSeconds"] = PrepareSeconds, ["startSeconds"] = StartSeconds, ["restartSeconds"] = RestartSeconds,
    };
}
