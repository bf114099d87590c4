using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Cli.Demo;
using RentToOwn.Platform.Auditing;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Suite <c>reads</c> (issue 17): reads under load on one platform instance hosted in this process. 200 distinct
/// signed-in tenants (own AUTH keys, EDS login) each give their A.9 consent once, then loop on their dashboard page (<c>/Tenant</c>, the journey; audited reads), their
/// contracts (<c>GET /api/contracts</c>) and, every fourth request, the public verifier (<c>POST /api/verify</c>) on a
/// contract PDF and its tenant signature from one lease whose contract was signed first (A.18; its receipts on the ledger). Closed loop unless --think-ms.
/// Reports requests/s, p50/p95/p99 per kind and overall, and errors (any non-2xx); per run what the server did (requests
/// and SQL statements by endpoint, <see cref="ServerProfile"/>), the audit group commit's batches, and with <c>--cpu</c>
/// the CPU shares (<see cref="CpuSampler"/>; it samples every thread each millisecond, which itself adds latency). Goal: p95 under 100 ms, no errors.
/// Options: <c>--users N</c> (200), <c>--seconds N</c> (20; --quick: 3 with 20 users), <c>--database sqlite|postgres|both</c>
/// (sqlite), <c>--audit batched|direct|both</c> (both: the audit group commit off — each read saves its own line, the
/// behaviour before — and on, side by side in one run; --quick: batched), <c>--think-ms N</c> (0: closed loop, each user
/// sends its next request as soon as the last is answered; N: a user waits 0.5–1.5 × N between requests, as a person reading
/// the page does), <c>--cpu</c>, <c>--no-profile</c>.
/// </summary>
public sealed class ReadsSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "reads";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) => RunAsync(quick, []);

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(bool quick, IReadOnlyList<string> args)
    {
        var users = Options.Int(args, "--users") ?? (quick ? 20 : 200);
        var seconds = Options.Int(args, "--seconds") ?? (quick ? 3 : 20);
        var databases = Options.Value(args, "--database") switch
        {
            null or "sqlite" => ["sqlite"],
            "both" => new[] { "sqlite", "postgres" },
            "postgres" => ["postgres"],
            var d => throw new ArgumentException($"--database {d}: use sqlite, postgres or both"),
        };
        var audits = Options.Value(args, "--audit") switch
        {
            null => quick ? ["batched"] : new[] { "direct", "batched" },
            "both" => ["direct", "batched"],
            "batched" => ["batched"],
            "direct" => ["direct"],
            var a => throw new ArgumentException($"--audit {a}: use batched, direct or both"),
        };
        var profile = !args.Contains("--no-profile");
        var cpu = args.Contains("--cpu");
        var think = TimeSpan.FromMilliseconds(Options.Int(args, "--think-ms") ?? 0);

        // The readers' keys are issued once (minutes for 200 on a busy machine); each run starts a fresh platform on them.
        var data = Directory.CreateTempSubdirectory("rto-bench-reads-").FullName;
        var runs = new JsonArray();
        try
        {
            var people = BenchPeople.Prepare(data, leases: 1, readers: users);
            foreach (var database in databases)
            {
                foreach (var audit in audits)
                {
                    runs.Add(await RunOnceAsync(data, people, database, audit, seconds, think, profile, cpu));
                    Reset(data);
                }
            }
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        // The headline is the last run of the first database (the audit group commit on, when it ran); every run is in "runs".
        var head = runs.Select(r => r!.AsObject()).Last(r => r["database"]!.GetValue<string>() == databases[0]);
        var result = new JsonObject();
        foreach (var key in new[] { "database", "audit", "users", "thinkMs", "seconds", "requestsPerSecond", "p95Ms", "goalP95Ms", "errors", "errorKinds", "overall", "byKind", "processors" })
        {
            result[key] = head[key]!.DeepClone();
        }

        result["errorsInAllRuns"] = runs.Sum(r => r!["errors"]!.GetValue<int>());
        result["runs"] = runs;
        return result;
    }

    private static async Task<JsonObject> RunOnceAsync(string data, BenchPeople people, string database, string audit, int seconds, TimeSpan think, bool profile, bool cpu)
    {
        var users = people.Readers.Count;
        await using var platform = await BenchPlatform.StartAsync(data, people, database, [$"--Auditing:GroupCommit={audit == "batched"}"]);
        using var parties = platform.Parties(people.Leases[0]);
        var contract = await new DemoScenario(platform.Url, data, TextWriter.Null).SignContractAsync(parties, CancellationToken.None);
        var id = contract.Id;
        var pdf = contract.Pdf;
        var cms = await parties.Tenant.Http.GetByteArrayAsync($"api/contracts/{id}/signatures/0/cms");

        var pki = Path.Combine(data, "pki");
        var readers = people.Readers.Select(r => new DemoUser(platform.Url, pki, "tenant", r)).ToList();
        using var logins = new SemaphoreSlim(16);
        await Task.WhenAll(readers.Select(async r =>
        {
            await logins.WaitAsync();
            try
            {
                await r.LoginAsync(CancellationToken.None);
                // A.9: the dashboard shows a person's data only with their live consent (without it: a redirect to the form).
                var consent = await r.PageAsync("Tenant/Consent", CancellationToken.None);
                if (!consent.Contains("id=\"consent-given\"", StringComparison.Ordinal)) await r.SignWidgetHtmlAsync(consent, "Tenant/Consent", "kk", CancellationToken.None);
            }
            finally
            {
                logins.Release();
            }
        }));

        // Warm-up: every path once per user.
        await Task.WhenAll(readers.Select(r => OneAsync(r, 0, pdf, cms)));
        await Task.WhenAll(readers.Select(r => OneAsync(r, 3, pdf, cms)));

        var commit = platform.Services.GetRequiredService<AuditGroupCommit>();
        var (batchesBefore, linesBefore, commitBefore, waitBefore) = (commit.Batches, commit.Entries, commit.CommitTime, commit.WaitTime);
        var (queuedBefore, resumeBefore) = (commit.QueuedTime, commit.ResumeTime);
        using var pool = ThreadPoolQueue.Sample();
        using var server = profile ? ServerProfile.Create() : null;
        await using var sampler = cpu ? CpuSampler.Start(Path.Combine(data, "cpu.nettrace")) : null;
        server?.Start();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(readers.Select(async (r, i) =>
        {
            // With --think-ms a user reads the page before the next click: 0.5–1.5 × the think time, its own random sequence.
            var random = new Random(i);
            for (var n = i; clock.Elapsed < end; n++)
            {
                var started = Stopwatch.GetTimestamp();
                var (kind, status) = await OneAsync(r, n, pdf, cms);
                latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status is < 200 or > 299) errors.AddOrUpdate($"{kind} {status}", 1, (_, c) => c + 1);
                if (think > TimeSpan.Zero) await Task.Delay(think * (0.5 + random.NextDouble()));
            }
        }));
        clock.Stop();
        server?.Stop();
        pool.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var shares = sampler is null ? null : await sampler.StopAsync();
        foreach (var r in readers) r.Dispose();

        var all = latencies.Values.SelectMany(v => v).Order().ToArray();
        var byKind = new JsonObject();
        foreach (var (kind, values) in latencies.OrderBy(kv => kv.Key)) byKind[kind] = Summary(values.Order().ToArray(), clock.Elapsed);
        var overall = Summary(all, clock.Elapsed);
        var (batches, lines) = (commit.Batches - batchesBefore, commit.Entries - linesBefore);
        return new JsonObject
        {
            ["database"] = database,
            ["audit"] = audit,
            ["users"] = users,
            ["thinkMs"] = think.TotalMilliseconds,
            ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
            ["requestsPerSecond"] = overall["requestsPerSecond"]!.DeepClone(),
            ["p95Ms"] = overall["p95Ms"]!.DeepClone(),
            ["goalP95Ms"] = 100,
            ["errors"] = errors.Values.Sum(),
            ["errorKinds"] = new JsonObject(errors.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["overall"] = overall,
            ["byKind"] = byKind,
            ["processors"] = Environment.ProcessorCount,
            ["processCpuSecondsPerRequest"] = all.Length == 0 ? null : Math.Round(cpuSeconds / all.Length, 5),
            ["auditGroupCommit"] = new JsonObject
            {
                ["batches"] = batches, ["lines"] = lines, ["linesPerBatch"] = batches == 0 ? null : Math.Round(lines / (double)batches, 1),
                ["msPerCommit"] = batches == 0 ? null : Math.Round((commit.CommitTime - commitBefore).TotalMilliseconds / batches, 2),
                ["msWaitedPerLine"] = lines == 0 ? null : Math.Round((commit.WaitTime - waitBefore).TotalMilliseconds / lines, 2),
                // Where a request's wait goes: queued before the writer took it, then (after the commit) until it ran again.
                ["msQueuedPerLine"] = lines == 0 ? null : Math.Round((commit.QueuedTime - queuedBefore).TotalMilliseconds / lines, 2),
                ["msToResumePerLine"] = lines == 0 ? null : Math.Round((commit.ResumeTime - resumeBefore).TotalMilliseconds / lines, 2),
            },
            ["sqlStatementsPerRequest"] = server is null || all.Length == 0 ? null : Math.Round(server.SqlCommands / (double)all.Length, 2),
            // Totals over the timed run ("perLifecycle" = per run): requests and statements by endpoint, with server time.
            ["server"] = server?.ToJson(1),
            ["cpuShares"] = shares is null ? null : new JsonObject(shares.Shares().Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["cpuSamples"] = shares is null ? null : new JsonObject
            {
                ["cpu"] = shares.Samples.Values.Sum(), ["waiting"] = shares.IdleSamples,
                ["byPlatformMethod"] = new JsonObject(shares.PlatformEntries.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["byInnermostMethod"] = new JsonObject(shares.InnermostMethods.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            },
            ["threadPool"] = pool.ToJson(),
            ["loadAverage"] = LoadAverage(),
        };
    }

    // Everything the platform wrote (database, ledger, cadastre, payments) goes; the people's keys and the seed stay.
    private static void Reset(string data)
    {
        foreach (var entry in new DirectoryInfo(data).EnumerateFileSystemInfos())
        {
            if (entry.Name is "pki" or "bench-seed.json") continue;
            if (entry is DirectoryInfo dir) dir.Delete(recursive: true);
            else entry.Delete();
        }
    }

    // The machine's 1-minute load average (Linux), as the run ends: the bench shares its cores.
    private static double? LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    // Dashboard page, own contracts, dashboard again, the public verifier: a quarter of the requests each.
    private static async Task<(string Kind, int Status)> OneAsync(DemoUser user, int n, byte[] pdf, byte[] cms)
    {
        switch (n % 4)
        {
            case 0:
            case 2:
                using (var r = await user.Http.GetAsync("Tenant"))
                {
                    await r.Content.ReadAsByteArrayAsync();
                    return ("dashboard", (int)r.StatusCode);
                }

            case 1:
                using (var r = await user.Http.GetAsync("api/contracts"))
                {
                    await r.Content.ReadAsByteArrayAsync();
                    return ("contracts", (int)r.StatusCode);
                }

            default:
                using (var form = new MultipartFormDataContent())
                {
                    var document = new ByteArrayContent(pdf);
                    document.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    var signature = new ByteArrayContent(cms);
                    signature.Headers.ContentType = new MediaTypeHeaderValue("application/pkcs7-signature");
                    form.Add(document, "document", "contract.pdf");
                    form.Add(signature, "signature", "tenant.cms");
                    using var r = await user.Http.PostAsync("api/verify", form);
                    await r.Content.ReadAsByteArrayAsync();
                    return ("verifier", (int)r.StatusCode);
                }
        }
    }

    private static JsonObject Summary(double[] sorted, TimeSpan elapsed) => new()
    {
        ["requests"] = sorted.Length,
        ["requestsPerSecond"] = Math.Round(sorted.Length / elapsed.TotalSeconds, 1),
        ["p50Ms"] = Options.Percentile(sorted, 0.50),
        ["p95Ms"] = Options.Percentile(sorted, 0.95),
        ["p99Ms"] = Options.Percentile(sorted, 0.99),
    };
}
