using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Fabric;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.Bench.Suites;

/// <summary>
/// Suite <c>fabric</c>: on a two-organisation Fabric 2.5 network (deploy/fabric/network.sh, started here unless
/// RTO_FABRIC_NETWORK names a running one), records/s and p50/p99 of per-record appends at 1/8/64 concurrent
/// appends, the embedded log alone at the same concurrency in the same run, the time per stage (endorse, submit,
/// commit wait), and anchoring (embedded appends with a checkpoint anchored every second).
/// </summary>
public sealed class FabricSuite : IBenchSuite
{
    private static readonly byte[] Secret = SHA256.HashData("bench deployment secret"u8);

    /// <inheritdoc />
    public string Name => "fabric";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(bool quick)
    {
        var seconds = quick ? 3.0 : 10.0;
        var dir = Path.Combine(Path.GetTempPath(), "rto-fabric-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var external = Environment.GetEnvironmentVariable("RTO_FABRIC_NETWORK");
        var network = external ?? Path.Combine(dir, "network");
        var figures = new JsonObject();
        try
        {
            if (external is null)
            {
                var start = Stopwatch.StartNew();
                Network("up", network);
                figures["networkStartSeconds"] = Math.Round(start.Elapsed.TotalSeconds, 1);
            }

            var profile = FabricConnectionProfile.Load(Path.Combine(network, "connection.json"));
            figures["network"] = $"Fabric 2.5.4, 1 Raft orderer (BatchTimeout {Environment.GetEnvironmentVariable("FABRIC_BATCH_TIMEOUT") ?? "100ms"}), "
                + "KtkMSP + GovCorpMSP one peer each, policy AND(KtkMSP.peer, GovCorpMSP.peer), Node chaincode as a service, all on this machine";
            var registry = FabricSigningRegistry.Open(profile);
            var stages = new ConcurrentDictionary<string, ConcurrentBag<double>>();
            registry.Client.OnStage = (stage, t) => stages.GetOrAdd(stage, _ => []).Add(t.TotalMilliseconds);
            var logKey = NoteSigningKey.Generate("bench.rto.kz/fabric", NoteKeyAlgorithm.Ed25519);
            var witnessKey = NoteSigningKey.Generate("bench.rto.kz/witness", NoteKeyAlgorithm.CosignatureV1);
            EmbeddedLedger Open(string name) => EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, name) }, logKey,
                [new Witness(witnessKey, logKey.VerifierKey, new InMemoryWitnessStateStore(), TimeProvider.System)]);

            await registry.RecordAsync(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32), 1); // warm-up
            stages.Clear();
            var perRecord = new JsonObject();
            var embedded = new JsonObject();
            foreach (var writers in new[] { 1, 8, 64 })
            {
                await using (var e = Open($"embedded-{writers}.db"))
                {
                    embedded[$"concurrent{writers}"] = await MeasureAsync(e, writers, seconds);
                }

                await using var log = Open($"fabric-{writers}.db");
                perRecord[$"concurrent{writers}"] = await MeasureAsync(new FabricRecordingLedger(log, registry), writers, seconds);
            }

            figures["perRecord"] = perRecord;
            figures["embeddedSameRun"] = embedded;
            figures["perRecordStagesMs"] = new JsonObject(stages.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, Summary(kv.Value.ToList()))));

            // Anchoring: 64 writers append to the embedded log while one anchor transaction per second covers the tree.
            await using (var log = Open("anchoring.db"))
            {
                var anchorer = new FabricCheckpointAnchorer(log, registry);
                using var stop = new CancellationTokenSource();
                var anchors = new List<double>();
                var anchoring = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var t0 = Stopwatch.GetTimestamp();
                        if (await anchorer.AnchorLatestAsync() is not null) anchors.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                        try
                        {
                            await Task.Delay(1000, stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                        }
                    }
                });
                var result = await MeasureAsync(log, 64, seconds);
                stop.Cancel();
                await anchoring;
                await anchorer.AnchorLatestAsync();
                result["anchorTransactions"] = anchors.Count + 1;
                result["anchorLatency"] = Summary(anchors);
                result["anchoredTreeSize"] = (await registry.LatestAnchorAsync())?.TreeSize;
                figures["anchoring64"] = result;
            }

            registry.Dispose();
            figures["notes"] = "perRecord latency = embedded append + endorse on both peers + ordering (batch timeout) + commit on both peers; "
                + "the commit wait dominates at 1 writer (one block per batch timeout), concurrency fills blocks; both peers, the orderer "
                + "and the chaincode share this machine's 2 cores with the client";
        }
        finally
        {
            if (external is null) Network("down", network);
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }

        return figures;
    }

    private static SigningRecord Record(int writer, int n) => new(
        RecordKind.SignatureAdded, $"bench-{writer:D3}-{n % 50}", Sha256Digest.Of(RandomNumberGenerator.GetBytes(32)),
        Sha256Digest.Of(BitConverter.GetBytes(n)), SignerReference.From(Secret, "900101300123"), Sha256Digest.Of([1]), "tenant", DateTimeOffset.UtcNow);

    private static async Task<JsonObject> MeasureAsync(RentToOwn.LedgerAdapter.ISigningLedger ledger, int writers, double seconds)
    {
        var stop = Stopwatch.StartNew();
        var latencies = new ConcurrentBag<double>();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var n = 0; stop.Elapsed < until; n++)
            {
                var t0 = Stopwatch.GetTimestamp();
                await ledger.AppendAsync(Record(w, n));
                latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        var result = Summary(latencies.ToList());
        result["records"] = latencies.Count;
        result["recordsPerSecond"] = Math.Round(latencies.Count / elapsed, 1);
        return result;
    }

    private static JsonObject Summary(List<double> values)
    {
        values.Sort();
        double P(double q) => values.Count == 0 ? 0 : Math.Round(values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)], 2);
        return new JsonObject { ["count"] = values.Count, ["p50Ms"] = P(0.5), ["p99Ms"] = P(0.99), ["meanMs"] = values.Count == 0 ? 0 : Math.Round(values.Average(), 2) };
    }

    private static void Network(string command, string dir)
    {
        var script = Path.Combine(BenchRunner.RepositoryRoot(), "deploy", "fabric", "network.sh");
        var psi = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(command);
        psi.ArgumentList.Add(dir);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"network.sh {command} did not finish in 3 min");
        }

        if (p.ExitCode != 0) throw new InvalidOperationException($"network.sh {command} {dir} failed: {err.Result}");
    }
}
