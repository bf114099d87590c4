using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Tests.Cli;
using RentToOwn.LedgerAdapter.Verification;
using Xunit.Abstractions;

namespace RentToOwn.LedgerAdapter.Tests.Remote;

/// <summary>
/// Issue 17 §3: <c>kill -9</c> of <c>rto ledger serve</c> in the middle of concurrent appends, at a random point, then a restart
/// on the same folder: every acknowledged receipt verifies against the restarted log, and retrying every append (acknowledged
/// or cut off) stores nothing twice. Rounds: <c>RTO_LEDGER_CRASH_ROUNDS</c> (default 3; the README's long run uses 20);
/// seed: <c>RTO_LEDGER_CRASH_SEED</c> (printed).
/// </summary>
public class LogServiceCrashTests(ITestOutputHelper output)
{
    private const int Writers = 16;

    [Fact]
    public async Task Kill_9_of_the_log_service_mid_append_loses_no_acknowledged_receipt_and_duplicates_nothing()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("RTO_LEDGER_CRASH_ROUNDS"), out var r) && r > 0 ? r : 3;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RTO_LEDGER_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        output.WriteLine($"rounds {rounds}, seed {seed}");
        var random = new Random(seed);
        var dir = Path.Combine(TestKeys.TempDir(), "ledger");
        var check = (ReceiptCheck?)null;
        var acknowledged = new ConcurrentDictionary<string, LedgerReceipt>();
        var attempted = new ConcurrentDictionary<string, SigningRecord>();
        var killedAfter = new List<int>();

        var service = await ServeAsync(dir);
        try
        {
            check ??= ServedLog.Keys(dir);
            for (var round = 0; round < rounds; round++)
            {
                // A random kill point: after this many acknowledged appends of the round.
                var killAt = random.Next(20, 400);
                var roundAcks = 0;
                using (var client = Client(service.Address, check))
                {
                    using var stop = new CancellationTokenSource();
                    var next = 0;
                    var workers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
                    {
                        while (!stop.IsCancellationRequested)
                        {
                            var k = Interlocked.Increment(ref next);
                            var key = $"{round}/{k}";
                            var record = TestKeys.Record($"contract-crash-{round}-{k % 7}", k);
                            attempted[key] = record;
                            try
                            {
                                acknowledged[key] = await client.AppendAsync(record);
                            }
                            catch (Exception e) when (e is Grpc.Core.RpcException or HttpRequestException or IOException)
                            {
                                return; // cut off by the kill: not acknowledged
                            }

                            if (Interlocked.Increment(ref roundAcks) == killAt)
                            {
                                service.Process.Kill(); // SIGKILL mid-batch, other writers' appends in flight
                                stop.Cancel();
                            }
                        }
                    })).ToList();
                    await Task.WhenAll(workers);
                }

                await service.DisposeAsync();
                killedAfter.Add(roundAcks);
                service = await ServeAsync(dir);
                await AssertRecoveredAsync(service.Address, check, acknowledged, attempted);
            }
        }
        finally
        {
            await service.DisposeAsync();
        }

        output.WriteLine($"kills after {string.Join(", ", killedAfter)} acknowledged appends; {acknowledged.Count} receipts verified; {attempted.Count} records, none twice");
    }

    private static async Task AssertRecoveredAsync(Uri address, ReceiptCheck check, ConcurrentDictionary<string, LedgerReceipt> acknowledged, ConcurrentDictionary<string, SigningRecord> attempted)
    {
        using var client = Client(address, check);
        var latest = await client.GetLatestCheckpointAsync(); // verified: log signature and witness threshold right after the restart
        foreach (var receipt in acknowledged.Values)
        {
            Assert.True(receipt.Index < latest.Checkpoint.Size, $"acknowledged leaf {receipt.Index} lost (log size {latest.Checkpoint.Size})");
            Assert.Equal(receipt.LeafHash, (await client.GetAsync(receipt.Index))!.LeafHash);
            var proof = await client.GetInclusionProofAsync(receipt.Index, latest.Checkpoint.Size);
            Assert.True(MerkleProofs.VerifyInclusion(receipt.Index, latest.Checkpoint.Size, receipt.LeafHash, proof, latest.Checkpoint.RootHash));
        }

        // Retry every append, acknowledged or cut off: the acknowledged ones get their receipt back, and nothing is stored twice.
        var retried = new ConcurrentBag<(string Key, LedgerReceipt Receipt)>();
        await Parallel.ForEachAsync(attempted, new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (a, ct) =>
            retried.Add((a.Key, await client.AppendAsync(a.Value, ct))));
        foreach (var (key, receipt) in retried)
        {
            if (acknowledged.TryGetValue(key, out var first))
            {
                Assert.Equal(first.Index, receipt.Index);
            }
            else
            {
                acknowledged[key] = receipt;
            }
        }

        var size = (await client.GetLatestCheckpointAsync()).Checkpoint.Size;
        Assert.Equal(attempted.Count, size);
        Assert.Equal(attempted.Count, retried.Select(x => x.Receipt.Index).Distinct().Count());
    }

    private static RemoteLedger Client(Uri address, ReceiptCheck check) =>
        new(new RemoteLedgerOptions { Endpoint = address, CallTimeout = TimeSpan.FromSeconds(60) }, check);

    private static async Task<Served> ServeAsync(string dir)
    {
        var process = Process.Start(RtoProcess.StartInfo("ledger", "serve", "--dir", dir))!;
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                ?? throw new InvalidOperationException("rto ledger serve stopped: " + await process.StandardError.ReadToEndAsync());
            return new Served(process, new Uri(JsonNode.Parse(line)!["address"]!.GetValue<string>()));
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    private sealed class Served(Process process, Uri address) : IAsyncDisposable
    {
        private bool _disposed;

        public Process Process { get; } = process;

        public Uri Address { get; } = address;

        public async ValueTask DisposeAsync()
        {
            if (_disposed) return;
            _disposed = true;
            if (!Process.HasExited)
            {
                Process.Kill(); // never outlives the test
            }

            await Process.WaitForExitAsync();
            Process.Dispose();
        }
    }
}
