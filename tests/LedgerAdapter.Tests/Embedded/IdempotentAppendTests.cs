using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Embedded;

/// <summary>An append is idempotent on subject, kind, document and signer: a retry gets the stored record's receipt.</summary>
public class IdempotentAppendTests
{
    private readonly string dir = TestKeys.TempDir();
    private readonly InMemoryWitnessStateStore witnessState = new();

    [Fact]
    public async Task A_retried_append_returns_the_first_receipt_and_stores_nothing_new()
    {
        await using var ledger = Open();
        var first = await ledger.AppendAsync(TestKeys.Record("contract-r", 1));
        await ledger.AppendAsync(TestKeys.Record("contract-r", 2));

        // The retry carries another CMS and time (a caller re-signing after its own save failed): still the same record.
        var retry = await ledger.AppendAsync(TestKeys.Record("contract-r", 1) with
        {
            SignatureSha256 = Sha256Digest.Of("another cms"u8),
            SignedAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal(first.Index, retry.Index);
        Assert.Equal(first.LeafHash, retry.LeafHash);
        Assert.Equal(first.Record.SignatureSha256, retry.Record.SignatureSha256);
        Assert.Equal(2, (await ledger.GetLatestCheckpointAsync()).Checkpoint.Size);
        Assert.Equal(2, (await ledger.GetBySubjectAsync("contract-r")).Count);
        var cp = retry.Checkpoint.Checkpoint;
        Assert.True(MerkleProofs.VerifyInclusion(retry.Index, cp.Size, retry.LeafHash, retry.InclusionProof, cp.RootHash));
        CheckpointVerifier.Verify(retry.Checkpoint.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
    }

    [Fact]
    public async Task Another_signer_of_the_same_document_is_a_new_record()
    {
        await using var ledger = Open();
        var tenant = await ledger.AppendAsync(TestKeys.Record("contract-s", 1, "900101300123"));
        var guarantor = await ledger.AppendAsync(TestKeys.Record("contract-s", 1, "851231400567") with { Role = "guarantor" });
        var otherKind = await ledger.AppendAsync(TestKeys.Record("contract-s", 1) with { Kind = RecordKind.ContractSigned });

        Assert.Equal([0L, 1L, 2L], [tenant.Index, guarantor.Index, otherKind.Index]);
    }

    [Fact]
    public async Task Equal_appends_in_one_batch_and_after_a_reopen_are_stored_once()
    {
        await using (var ledger = Open())
        {
            var receipts = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => ledger.AppendAsync(TestKeys.Record("contract-b", i % 8))));
            Assert.Equal(8, receipts.Select(r => r.Index).Distinct().Count());
            Assert.All(receipts, r => Assert.Equal(receipts.First(x => x.Record.DocumentSha256 == r.Record.DocumentSha256).Index, r.Index));
            Assert.Equal(8, (await ledger.GetLatestCheckpointAsync()).Checkpoint.Size);
        }

        await using var reopened = Open();
        var again = await reopened.AppendAsync(TestKeys.Record("contract-b", 3));
        Assert.True(again.Index < 8);
        Assert.Equal(8, (await reopened.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task A_retry_with_a_now_stale_previous_hash_gets_its_receipt_not_a_conflict()
    {
        await using var ledger = Open();
        var first = await ledger.AppendAsync(TestKeys.Record("contract-c", 1));
        var second = await ledger.AppendAsync(TestKeys.Record("contract-c", 2) with { PreviousRecordHash = Sha256Digest.FromBytes(first.LeafHash) });

        // The same append again: its expected previous hash is no longer the latest, but the record is stored.
        var retry = await ledger.AppendAsync(TestKeys.Record("contract-c", 2) with { PreviousRecordHash = Sha256Digest.FromBytes(first.LeafHash) });
        Assert.Equal(second.Index, retry.Index);
    }

    private EmbeddedLedger Open() => EmbeddedLedger.Open(
        new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "ledger.db") },
        TestKeys.Log,
        [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, witnessState, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)))]);
}
