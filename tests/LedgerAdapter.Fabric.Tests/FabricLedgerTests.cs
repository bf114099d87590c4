using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

[Collection("fabric")]
public class FabricLedgerTests(FabricNetworkFixture network)
{
    [Fact]
    public async Task Per_record_append_returns_once_committed_VALID_with_txid_and_block_endorsed_by_both_orgs()
    {
        await using var embedded = TestRecords.OpenEmbedded(network.Directory);
        using var fabric = network.Registry();
        var ledger = new FabricRecordingLedger(embedded, fabric);
        var subject = TestRecords.Subject("contract");

        var receipts = new List<LedgerReceipt>();
        for (var i = 0; i < 3; i++) receipts.Add(await ledger.AppendAsync(TestRecords.Record(subject, i)));

        Assert.All(receipts, r =>
        {
            Assert.NotNull(r.Transaction);
            Assert.Equal("fabric", r.Transaction!.Ledger);
            Assert.Equal(network.Profile.Channel, r.Transaction.Network);
            Assert.Equal(network.Profile.Chaincode, r.Transaction.Contract);
            Assert.Matches("^[0-9a-f]{64}$", r.Transaction.TransactionId);
            Assert.True(r.Transaction.BlockNumber > 0);
        });
        Assert.Equal(3, receipts.Select(r => r.Transaction!.TransactionId).Distinct().Count());

        // The chaincode holds each entry under the record's leaf hash and the subject key, written by KtkMSP.
        var registry = ledger.Registry;
        var entry = await registry.GetEntryAsync(receipts[1].LeafHash);
        Assert.NotNull(entry);
        Assert.Equal(receipts[1].Transaction!.TransactionId, entry!.TxId);
        Assert.Equal("KtkMSP", entry.Writer);
        Assert.Equal((int)receipts[1].Record.Kind, entry.Kind);
        var bySubject = await registry.EntriesBySubjectAsync(SigningRegistryContract.SubjectKey(subject));
        Assert.Equal(receipts.Select(r => Convert.ToHexStringLower(r.LeafHash)).Order(), bySubject.Select(e => e.EntryHash).Order());
        Assert.Null(await registry.GetEntryAsync(TestRecords.RandomHash()));

        // The peer's ledger (qscc) confirms block and validation code; both organisations endorsed.
        var tx = await registry.GetTransactionAsync(receipts[2].Transaction!.TransactionId);
        Assert.NotNull(tx);
        Assert.Equal("VALID", tx!.ValidationCode);
        Assert.Equal(receipts[2].Transaction!.BlockNumber, tx.BlockNumber);
        Assert.Equal("SigningRegistry:record", tx.Transaction.Function);
        Assert.Equal("KtkMSP", tx.Transaction.CreatorMspId);
        Assert.Equal(["GovCorpMSP", "KtkMSP"], tx.Transaction.EndorserMspIds.Order().ToArray());
        Assert.Equal("Recorded", tx.Transaction.EventName);
        Assert.Null(await registry.GetTransactionAsync(new string('0', 64)));

        // The embedded side still verifies as before.
        Assert.Equal(3, (await ledger.GetBySubjectAsync(subject)).Count);
    }

    [Fact]
    public async Task A_duplicate_entry_is_success_with_the_earlier_transaction_even_under_concurrent_retries()
    {
        using var registry = network.Registry();
        var subject = TestRecords.RandomHash();
        var hash = TestRecords.RandomHash();
        var first = await registry.RecordAsync(subject, hash, 2);
        Assert.False(first.AlreadyRecorded);

        var again = await registry.RecordAsync(subject, hash, 2);
        Assert.True(again.AlreadyRecorded);
        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.Equal(first.BlockNumber, again.BlockNumber);

        // Six clients record one new entry at once: one transaction commits, the others are MVCC conflicts (retried)
        // or refused duplicates, and all report the same transaction. The subject holds the entry once.
        var racing = TestRecords.RandomHash();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => registry.RecordAsync(subject, racing, 2)));
        Assert.Single(results.Select(r => r.TransactionId).Distinct());
        Assert.Single(results, r => !r.AlreadyRecorded);
        var entries = await registry.EntriesBySubjectAsync(subject);
        Assert.Equal(2, entries.Count);
    }

    [Fact]
    public async Task Anchoring_publishes_the_latest_checkpoint_once_per_growth_and_refuses_a_smaller_tree()
    {
        await using var embedded = TestRecords.OpenEmbedded(network.Directory);
        using var registry = network.Registry();
        var anchorer = new FabricCheckpointAnchorer(embedded, registry);
        var subject = TestRecords.Subject("anchor");
        for (var i = 0; i < 40; i++) await embedded.AppendAsync(TestRecords.Record(subject, i));

        var anchor = await anchorer.AnchorLatestAsync();
        Assert.NotNull(anchor);
        Assert.Equal(40, anchor!.TreeSize);
        var checkpoint = (await embedded.GetLatestCheckpointAsync()).Checkpoint;
        Assert.Equal(checkpoint.RootHash, anchor.RootHash);
        Assert.Null(await anchorer.AnchorLatestAsync());

        var onChain = await registry.LatestAnchorAsync();
        Assert.Equal((40L, Convert.ToHexStringLower(checkpoint.RootHash), anchor.Transaction.TransactionId), onChain);

        for (var i = 40; i < 45; i++) await embedded.AppendAsync(TestRecords.Record(subject, i));
        var second = await anchorer.AnchorLatestAsync();
        Assert.Equal(45, second!.TreeSize);
        Assert.True(second.Transaction.BlockNumber > anchor.Transaction.BlockNumber);

        var back = await Assert.ThrowsAsync<FabricException>(() => registry.AnchorAsync(10, TestRecords.RandomHash()));
        Assert.Equal(FabricErrorKind.ChaincodeRejected, back.Kind);
        Assert.Contains("tree size went backwards", back.Message);
    }

    [Fact]
    public async Task Writers_are_allow_listed_by_MSP()
    {
        using var outsider = network.Registry("GovCorpMSP");
        var e = await Assert.ThrowsAsync<FabricException>(() => outsider.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1));
        Assert.Equal(FabricErrorKind.ChaincodeRejected, e.Kind);
        Assert.Contains("writer not allow-listed", e.Message);

        // Queries are open to every member of the channel.
        Assert.Null(await outsider.GetEntryAsync(TestRecords.RandomHash()));
    }

    [Fact]
    public async Task Endorsement_by_one_organisation_fails_the_policy_with_a_clear_error()
    {
        using var proper = network.Registry();
        var ktkOnly = new FabricSigningRegistry(proper.Client, network.Profile.Channel, network.Profile.Chaincode) { EndorsingOrganizations = ["KtkMSP"] };
        var hash = TestRecords.RandomHash();
        var e = await Assert.ThrowsAsync<FabricException>(() => ktkOnly.RecordAsync(TestRecords.RandomHash(), hash, 1));
        Assert.Equal(FabricErrorKind.EndorsementPolicyFailure, e.Kind);
        Assert.Equal("ENDORSEMENT_POLICY_FAILURE", e.ValidationCode);
        Assert.Contains("endorsement policy", e.Message);

        // Nothing was recorded, so the proper client records it.
        Assert.Null(await ktkOnly.GetEntryAsync(hash));
        Assert.False((await proper.RecordAsync(TestRecords.RandomHash(), hash, 1)).AlreadyRecorded);
    }
}
