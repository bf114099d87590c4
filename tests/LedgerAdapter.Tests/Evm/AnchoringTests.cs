using Microsoft.Extensions.Time.Testing;
using Quartz;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

[Collection("ganache")]
public class AnchoringTests(GanacheFixture ganache)
{
    [Fact]
    public async Task The_Quartz_job_anchors_checkpoints_and_bundles_carry_a_verified_anchor()
    {
        var owner = ganache.Sender(GanacheFixture.Owner);
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), owner, ganache.Bytecode);
        var dir = TestKeys.TempDir();
        var db = Path.Combine(dir, "l.db");
        await using var ledger = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = db }, TestKeys.Log,
            [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, new InMemoryWitnessStateStore(), new FakeTimeProvider())]);
        var store = new SqliteAnchorStore(db);
        var anchorer = new CheckpointAnchorer(ledger, contract, owner, store);

        for (var i = 0; i < 300; i++)
        {
            await ledger.AppendAsync(TestKeys.Record($"contract-{i % 9}", i));
        }

        // The schedule runs on a fake clock (Quartz's own TimeProvider): a run happens when the test moves the clock,
        // not when wall time passes on a loaded machine. Only ganache (and the receipt polling against it) is real time.
        var clock = new ParkingClock(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero));
        var interval = TimeSpan.FromMinutes(1);
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseJobFactory(new AnchorJobFactory(anchorer));
            q.UseTimeProvider(clock);
        }).BuildScheduler(CancellationToken.None);
        await CheckpointAnchorJob.ScheduleAsync(scheduler, interval, clock);
        await scheduler.Start(CancellationToken.None);
        try
        {
            // StartNow: the first run is due at once.
            var anchor = await WaitForAnchorAsync(store, 300);
            Assert.Equal(300, anchor.TreeSize);
            Assert.Equal(GanacheFixture.ChainId, anchor.ChainId);

            // One more batch of records: nothing is anchored before the next run is due...
            for (var i = 0; i < 50; i++)
            {
                await ledger.AppendAsync(TestKeys.Record("contract-late", i));
            }

            // Quartz's scheduler thread parks on the fake clock (its idle wait, ≤ 30 s; the next run is a minute away):
            // nothing more is anchored until the test moves it.
            await clock.WaitUntilParkedAsync(d => d >= TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            Assert.Equal(300, (await store.LatestAsync())!.TreeSize);

            // ...and the next run anchors the larger tree with one transaction.
            clock.Advance(interval);
            var second = await WaitForAnchorAsync(store, 350);
            Assert.Equal(350, (await contract.LatestAnchorAsync()).TreeSize);
            Assert.NotEqual(anchor.TransactionHash, second.TransactionHash);
        }
        finally
        {
            await scheduler.Shutdown(true, CancellationToken.None);
        }

        var latestAnchor = (await store.LatestAsync())!;
        var bundle = await new BundleFactory(ledger).CreateAsync(42, latestAnchor);
        Assert.NotNull(bundle.Anchor);
        var online = new BundleVerifier(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1, new EvmAnchorChain(ganache.Node()));
        var result = await online.VerifyAsync(BundleJson.Serialize(bundle));
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(AnchorStatus.Verified, result.Anchor);

        // Anchor fields that only a node can check: each tampering is caught online.
        var a = bundle.Anchor!;
        foreach (var tampered in new[]
                 {
                     a with { ChainId = 1 }, a with { BlockNumber = a.BlockNumber + 1 }, a with { Contract = "0x" + new string('9', 40) },
                     a with { TransactionHash = "0x" + new string('1', 64) },
                 })
        {
            var r = await online.VerifyAsync(bundle with { Anchor = tampered });
            Assert.False(r.IsValid, $"{tampered} verified");
            Assert.StartsWith("anchor:", r.Reason);
        }

        // No node reachable: the anchor is reported as not checked, the rest still verifies.
        using var closed = new ClosedPort();
        var offlineChain = new EvmAnchorChain(new HttpClient { BaseAddress = closed.Url });
        var offline = await new BundleVerifier(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1, offlineChain).VerifyAsync(BundleJson.Serialize(bundle));
        Assert.True(offline.IsValid, offline.Reason);
        Assert.Equal(AnchorStatus.NotChecked, offline.Anchor);
        Assert.Contains("anchor not checked", offline.Reason);
    }

    // Waits for the job's transaction on the real node (bounded in wall time: ganache on a loaded machine).
    private static async Task<RentToOwn.LedgerAdapter.Checkpoints.LedgerAnchor> WaitForAnchorAsync(SqliteAnchorStore store, long size)
    {
        var limit = TimeSpan.FromSeconds(60);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            if (await store.LatestAsync() is { } a && a.TreeSize >= size)
            {
                return a;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no anchor of size {size} within {limit.TotalSeconds} s");
    }
}
