using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

/// <summary>Offline bundles carry the Fabric transaction of a record or of the anchor; produced against the real network.</summary>
[Collection("fabric")]
public class FabricBundleTests(FabricNetworkFixture network)
{
    private static BundleVerifier Verifier(IAnchorChain? chain = null) => new(TestRecords.Log.VerifierKey, [TestRecords.Witness.VerifierKey], 1, chain);

    [Fact]
    public async Task A_per_record_bundle_carries_the_records_transaction_and_reads_back_strictly()
    {
        await using var embedded = TestRecords.OpenEmbedded(network.Directory);
        using var registry = network.Registry();
        var ledger = new FabricRecordingLedger(embedded, registry);
        var receipt = await ledger.AppendAsync(TestRecords.Record(TestRecords.Subject("bundle"), 0));
        var tx = (await registry.GetTransactionAsync(receipt.Transaction!.TransactionId))!;

        var fabric = new BundleFabricTransaction(registry.Channel, registry.Chaincode, "record", tx.TransactionId, tx.BlockNumber, tx.ValidationCode);
        var json = BundleJson.Serialize(await new BundleFactory(ledger).CreateAsync(receipt.Index, null, fabric));
        Assert.Equal(fabric, BundleJson.Deserialize(json).Fabric);

        var result = await Verifier().VerifyAsync(json);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(fabric, result.Fabric);
        Assert.Contains($"Fabric record transaction {tx.TransactionId} in block {tx.BlockNumber} (VALID) on channel {registry.Channel}, chaincode {registry.Chaincode}", result.Reason);

        // Without a Fabric transaction the member is left out, so bundles of other backends (and older ones) keep their shape.
        var plain = BundleJson.Serialize(await new BundleFactory(embedded).CreateAsync(receipt.Index));
        Assert.DoesNotContain("\"fabric\"", plain);
        Assert.True((await Verifier().VerifyAsync(plain)).IsValid);

        // Strict JSON: an unknown member inside fabric, or a malformed transaction id, is refused.
        Assert.False((await Verifier().VerifyAsync(json.Replace("\"validationCode\"", "\"extra\": 1, \"validationCode\"", StringComparison.Ordinal))).IsValid);
        var bad = await Verifier().VerifyAsync(json.Replace(tx.TransactionId, tx.TransactionId.ToUpperInvariant(), StringComparison.Ordinal));
        Assert.False(bad.IsValid);
        Assert.StartsWith("fabric:", bad.Reason);
    }

    [Fact]
    public async Task An_anchoring_bundle_carries_the_anchor_transaction_and_the_peer_confirms_it()
    {
        await using var embedded = TestRecords.OpenEmbedded(network.Directory);
        using var registry = network.Registry();
        var store = new SqliteAnchorStore(Path.Combine(network.Directory, "anchors-" + Guid.NewGuid().ToString("N") + ".db"));
        var anchorer = new FabricCheckpointAnchorer(embedded, registry, store);

        // The chaincode's anchor never goes backwards and the network is shared: grow past its latest anchor.
        var latest = (await registry.LatestAnchorAsync())?.TreeSize ?? 0;
        var subject = TestRecords.Subject("anchored-bundle");
        for (var i = 0; i < Math.Max(3, latest + 1); i++) await embedded.AppendAsync(TestRecords.Record(subject, i));
        var anchor = (await anchorer.AnchorLatestAsync())!;
        var stored = (await store.LatestAsync())!;
        Assert.Equal((0L, $"fabric:{registry.Channel}/{registry.Chaincode}", anchor.Transaction.TransactionId, anchor.Transaction.BlockNumber, anchor.TreeSize),
            (stored.ChainId, stored.Contract, stored.TransactionHash, stored.BlockNumber, stored.TreeSize));
        Assert.Null(await new FabricCheckpointAnchorer(embedded, registry, store).AnchorLatestAsync()); // a new anchorer reads the store

        var bundle = await new BundleFactory(embedded).CreateAsync(1, stored);
        Assert.Equal(new BundleFabricTransaction(registry.Channel, registry.Chaincode, "anchor", anchor.Transaction.TransactionId, anchor.Transaction.BlockNumber, "VALID"), bundle.Fabric);
        var json = BundleJson.Serialize(bundle);

        using var chain = new FabricAnchorChain(network.Registry("GovCorpMSP"), ownsRegistry: true); // any member reads it
        var confirmed = await Verifier(chain).VerifyAsync(json);
        Assert.True(confirmed.IsValid, confirmed.Reason);
        Assert.Equal(AnchorStatus.Verified, confirmed.Anchor);
        Assert.Contains("confirmed by the peer (qscc)", confirmed.Reason);

        var offline = await Verifier().VerifyAsync(json);
        Assert.True(offline.IsValid, offline.Reason);
        Assert.Equal(AnchorStatus.NotChecked, offline.Anchor);
        Assert.Contains("not checked on a peer", offline.Reason);

        // A record transaction presented as the anchor's is refused by the peer's answer.
        var other = await registry.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1);
        var swapped = json.Replace(anchor.Transaction.TransactionId, other.TransactionId, StringComparison.Ordinal)
            .Replace($"\"blockNumber\": {anchor.Transaction.BlockNumber}", $"\"blockNumber\": {other.BlockNumber}", StringComparison.Ordinal);
        var refused = await Verifier(chain).VerifyAsync(swapped);
        Assert.False(refused.IsValid);
        Assert.Contains("has no Anchored event", refused.Reason);
    }
}
