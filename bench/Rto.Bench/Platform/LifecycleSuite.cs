using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using RentToOwn.Cli.Demo;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Suite <c>lifecycle</c> (issue 17): N independent leases — distinct tenants, spouses, guarantors and officers with their
/// own test certificates, prepared before timing — walk the whole life over the public HTTP API of one platform instance
/// hosted in this process (the <c>rto demo</c> driver, <see cref="LifecycleScenario"/>): contract signed (A.5–A.18),
/// registered with the video session through the signalling hub, verdict and fee (A.19–A.28), bought out (A.29),
/// closing, termination and ownership registered (A.29–A.37), every signature verified. Sandbox and simulator delays are
/// zero. Reports lifecycles/s, p50/p99 per step, and the CPU shares by component (<see cref="CpuSampler"/>).
/// Options: <c>--database sqlite|postgres|both</c> (default: both; --quick: sqlite), <c>--concurrency N</c>,
/// <c>--leases N</c>, <c>--sqlite-journal wal|delete|both</c> (wal, the platform's default), <c>--no-profile</c>.
/// </summary>
public sealed class LifecycleSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "lifecycle";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) => RunAsync(quick, []);

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(bool quick, IReadOnlyList<string> args)
    {
        var concurrency = Options.Int(args, "--concurrency") ?? (quick ? 2 : 16);
        var leases = Options.Int(args, "--leases") ?? (quick ? concurrency : concurrency * 4);
        var databases = Options.Value(args, "--database") switch
        {
            null => quick ? ["sqlite"] : new[] { "sqlite", "postgres" },
            "both" => ["sqlite", "postgres"],
            "sqlite" => ["sqlite"],
            "postgres" => ["postgres"],
            var d => throw new ArgumentException($"--database {d}: use sqlite, postgres or both"),
        };
        // SQLite's journal (Database:SqliteJournalMode): WAL (the platform's default) or the rollback journal, side by side with "both".
        string?[] journals = Options.Value(args, "--sqlite-journal")?.ToLowerInvariant() switch
        {
            null or "wal" => ["wal"],
            "delete" => ["delete"],
            "both" => ["delete", "wal"],
            var j => throw new ArgumentException($"--sqlite-journal {j}: use wal, delete or both"),
        };
        var profile = !args.Contains("--no-profile");
        var runs = new JsonArray();
        foreach (var database in databases)
        {
            foreach (var journal in database == "sqlite" ? journals : [null])
            {
                runs.Add(await RunOnceAsync(database, journal, concurrency, leases, warmUp: !quick, profile));
            }
        }

        var first = runs[0]!.AsObject();
        return new JsonObject
        {
            ["lifecyclesPerSecond"] = first["lifecyclesPerSecond"]!.DeepClone(),
            ["database"] = first["database"]!.DeepClone(),
            ["steps"] = first["steps"]!.DeepClone(),
            ["cpuShares"] = first["cpuShares"]?.DeepClone(),
            ["runs"] = runs,
        };
    }

    private static async Task<JsonObject> RunOnceAsync(string database, string? journal, int concurrency, int leases, bool warmUp, bool profile)
    {
        var data = Directory.CreateTempSubdirectory("rto-bench-life-").FullName;
        BenchPlatform? platform = null;
        try
        {
            // Untimed preparation: keys, seed, the database server, the platform.
            var people = BenchPeople.Prepare(data, leases + (warmUp ? 1 : 0));
            platform = await BenchPlatform.StartAsync(data, people, database, journal is null ? null : [$"--Database:SqliteJournalMode={journal}"]);
            var url = platform.Url;
            DemoParties Parties(BenchLease l) => platform.Parties(l);

            var timed = people.Leases.ToList();
            if (warmUp)
            {
                // One untimed life first: JIT, connection pools, caches.
                using var p = Parties(timed[0]);
                await new LifecycleScenario(url, data, DemoLedger.Embedded, TextWriter.Null).RunAsync(p, CancellationToken.None);
                timed.RemoveAt(0);
            }

            var steps = new ConcurrentDictionary<string, ConcurrentBag<double>>();
            var errors = new ConcurrentBag<string>();
            var completed = 0;
            using var server = profile ? ServerProfile.Create() : null;
            await using var sampler = profile ? CpuSampler.Start(Path.Combine(data, "cpu.nettrace")) : null;
            server?.Start();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(concurrency);
            await Task.WhenAll(timed.Select(async lease =>
            {
                await gate.WaitAsync();
                try
                {
                    using var p = Parties(lease);
                    var scenario = new LifecycleScenario(url, data, DemoLedger.Embedded, TextWriter.Null)
                    {
                        OnStep = (name, elapsed) => steps.GetOrAdd(name, _ => []).Add(elapsed.TotalMilliseconds),
                    };
                    var started = Stopwatch.GetTimestamp();
                    var result = await scenario.RunAsync(p, CancellationToken.None);
                    steps.GetOrAdd("lifecycle", _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (LifecycleScenario.Succeeded(result)) Interlocked.Increment(ref completed);
                    else errors.Add($"lease {lease.Number}: {result.ToJsonString()}");
                }
                catch (DemoException e)
                {
                    errors.Add($"lease {lease.Number}: {e.Message}");
                }
                finally
                {
                    gate.Release();
                }
            }));
            clock.Stop();
            server?.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var cpu = sampler is null ? null : await sampler.StopAsync();

            var stepJson = new JsonObject();
            foreach (var name in new[] { "contract", "login", "registration", "buyout", "closing", "closingRegistration", "verification", "lifecycle" })
            {
                var values = steps.TryGetValue(name, out var bag) ? bag.Order().ToArray() : [];
                stepJson[name] = new JsonObject { ["count"] = values.Length, ["p50Ms"] = Options.Percentile(values, 0.50), ["p99Ms"] = Options.Percentile(values, 0.99) };
            }

            // The client (the parties' signing, their HTTP client, the driver) shares the process: its measured share is
            // taken out, so the platform's own CPU per lifecycle is visible.
            var perLifecycle = cpuSeconds / Math.Max(1, timed.Count);
            var clientShare = cpu?.Shares().GetValueOrDefault("client");
            return new JsonObject
            {
                ["database"] = database,
                ["sqliteJournal"] = journal,
                ["concurrency"] = concurrency,
                ["leases"] = timed.Count,
                ["completed"] = completed,
                ["failed"] = timed.Count - completed,
                ["errors"] = new JsonArray(errors.Take(5).Select(e => (JsonNode)e).ToArray()),
                ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
                ["lifecyclesPerSecond"] = Math.Round(completed / clock.Elapsed.TotalSeconds, 3),
                ["processCpuSecondsPerLifecycle"] = Math.Round(perLifecycle, 3),
                ["clientCpuSecondsPerLifecycle"] = clientShare is { } clientPart ? Math.Round(perLifecycle * clientPart, 3) : null,
                ["platformCpuSecondsPerLifecycle"] = clientShare is { } clientRest ? Math.Round(perLifecycle * (1 - clientRest), 3) : null,
                ["sqlStatementsPerLifecycle"] = server is null ? null : Math.Round(server.SqlCommands / (double)Math.Max(1, timed.Count), 1),
                ["processors"] = Environment.ProcessorCount,
                ["steps"] = stepJson,
                ["cpuShares"] = cpu is null ? null : new JsonObject(cpu.Shares().Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["cpuSamples"] = cpu is null ? null : new JsonObject
                {
                    ["cpu"] = cpu.Samples.Values.Sum(), ["waiting"] = cpu.IdleSamples,
                    ["processCpuSeconds"] = Math.Round(cpuSeconds, 1),
                    ["otherByInnermostModule"] = new JsonObject(cpu.OtherModules.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    ["byPlatformMethod"] = new JsonObject(cpu.PlatformEntries.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    ["byInnermostMethod"] = new JsonObject(cpu.InnermostMethods.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                },
                ["server"] = server?.ToJson(timed.Count),
                ["cpuMethod"] = "EventPipe sample profiler (Microsoft-DotNETCore-SampleProfiler) over the timed run, in-process; waits excluded; "
                    + "samples charged by the modules on the stack: client > ledger > eds > pdf > grpc > database > http > other",
            };
        }
        finally
        {
            if (platform is not null) await platform.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
