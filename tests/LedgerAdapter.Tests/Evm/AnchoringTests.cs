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
        var contract = await SigningRegistryContract.DeployAsync(ganache.Rpc(), owner, ganache.Bytecode);
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

        var scheduler = await QuartzSchedulerBuilder.Create(q => q.UseJobFactory(new AnchorJobFactory(anchorer))).BuildScheduler(CancellationToken.None);
        await CheckpointAnchorJob.ScheduleAsync(scheduler, TimeSpan.FromMilliseconds(500), TimeProvider.System);
        await scheduler.Start(CancellationToken.None);
        try
        {
            var anchor = await WaitForAnchorAsync(store, 300);
            Assert.Equal(300, anchor.TreeSize);
            Assert.Equal(GanacheFixture.ChainId, anchor.ChainId);

            // One more batch of records: the next run anchors the larger tree with one transaction.
            for (var i = 0; i < 50; i++)
            {
                await ledger.AppendAsync(TestKeys.Record("contract-late", i));
            }

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
        var online = new BundleVerifier(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1, new EvmAnchorChain(ganache.Rpc()));
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
        var offlineChain = new EvmAnchorChain(new JsonRpcClient(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{GanacheFixture.FreePort()}/") }));
        var offline = await new BundleVerifier(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1, offlineChain).VerifyAsync(BundleJson.Serialize(bundle));
        Assert.True(offline.IsValid, offline.Reason);
        Assert.Equal(AnchorStatus.NotChecked, offline.Anchor);
        Assert.Contains("anchor not checked", offline.Reason);
    }

    private static async Task<RentToOwn.LedgerAdapter.Checkpoints.LedgerAnchor> WaitForAnchorAsync(SqliteAnchorStore store, long size)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await store.LatestAsync() is { } a && a.TreeSize >= size)
            {
                return a;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no anchor of size {size} within 20 s");
    }
}
