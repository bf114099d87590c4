using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Embedded;

public class EmbeddedLedgerTests
{
    private readonly string dir = TestKeys.TempDir();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryWitnessStateStore witnessState = new();

    private string DbPath => Path.Combine(dir, "ledger.db");

    [Fact]
    public async Task Append_returns_a_receipt_that_verifies_with_the_public_keys()
    {
        await using var ledger = Open();
        var receipt = await ledger.AppendAsync(TestKeys.Record());
        Assert.Equal(0, receipt.Index);
        var cp = CheckpointVerifier.Verify(receipt.Checkpoint.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
        Assert.Equal(1, cp.Checkpoint.Size);
        Assert.Equal(Rfc6962.LeafHash(SigningRecordCodec.Encode(receipt.Record)), receipt.LeafHash);
        Assert.True(MerkleProofs.VerifyInclusion(0, 1, receipt.LeafHash, receipt.InclusionProof, cp.Checkpoint.RootHash));
    }

    [Fact]
    public async Task Concurrent_appends_share_commits_and_every_receipt_verifies()
    {
        await using var ledger = Open();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => ledger.AppendAsync(TestKeys.Record($"contract-{i % 7}", i)))));
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i), receipts.Select(r => r.Index).Order());
        foreach (var r in receipts)
        {
            var cp = CheckpointVerifier.Verify(r.Checkpoint.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1).Checkpoint;
            Assert.True(MerkleProofs.VerifyInclusion(r.Index, cp.Size, r.LeafHash, r.InclusionProof, cp.RootHash));
        }

        // Group commit: fewer checkpoints (one per transaction) than appends.
        Assert.True(receipts.Select(r => r.Checkpoint.Checkpoint.Size).Distinct().Count() < 400);
        var latest = (await ledger.GetLatestCheckpointAsync()).Checkpoint;
        foreach (var size in receipts.Select(r => r.Checkpoint.Checkpoint).DistinctBy(c => c.Size))
        {
            var proof = await ledger.GetConsistencyProofAsync(size.Size, latest.Size);
            Assert.True(MerkleProofs.VerifyConsistency(size.Size, latest.Size, size.RootHash, latest.RootHash, proof));
        }
    }

    [Fact]
    public async Task Records_of_a_subject_are_chained_by_previous_hash()
    {
        await using var ledger = Open();
        var a = await ledger.AppendAsync(TestKeys.Record("contract-A", 1));
        await ledger.AppendAsync(TestKeys.Record("contract-B", 2));
        var b = await ledger.AppendAsync(TestKeys.Record("contract-A", 3));
        Assert.Null(a.Record.PreviousRecordHash);
        Assert.Equal(a.LeafHash, b.Record.PreviousRecordHash!.Value.ToArray());
        var history = await ledger.GetBySubjectAsync("contract-A");
        Assert.Equal([0L, 2L], history.Select(e => e.Index));
        Assert.Equal(b.Record, history[1].Record);
        Assert.Equal(b.Record, (await ledger.GetAsync(2))!.Record);
        Assert.Null(await ledger.GetAsync(3));
    }

    [Fact]
    public async Task A_stale_previous_hash_is_a_conflict()
    {
        await using var ledger = Open();
        var first = await ledger.AppendAsync(TestKeys.Record("contract-A", 1));
        await ledger.AppendAsync(TestKeys.Record("contract-A", 2) with { PreviousRecordHash = Sha256Digest.FromBytes(first.LeafHash) });
        await Assert.ThrowsAsync<LedgerConflictException>(() =>
            ledger.AppendAsync(TestKeys.Record("contract-A", 3) with { PreviousRecordHash = Sha256Digest.FromBytes(first.LeafHash) }));
        Assert.Equal(2, (await ledger.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Bad_records_are_refused_before_anything_is_stored()
    {
        await using var ledger = Open();
        await Assert.ThrowsAsync<ArgumentException>(() => ledger.AppendAsync(TestKeys.Record("contract-900101300123")));
        Assert.Equal(0, (await ledger.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Reopen_restores_the_same_tree_and_goes_on()
    {
        byte[] root;
        await using (var ledger = Open())
        {
            for (var i = 0; i < 25; i++)
            {
                await ledger.AppendAsync(TestKeys.Record("contract-A", i));
            }

            root = (await ledger.GetLatestCheckpointAsync()).Checkpoint.RootHash;
        }

        await using var reopened = Open();
        var latest = await reopened.GetLatestCheckpointAsync();
        Assert.Equal(25, latest.Checkpoint.Size);
        Assert.Equal(root, latest.Checkpoint.RootHash);
        CheckpointVerifier.Verify(latest.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
        var next = await reopened.AppendAsync(TestKeys.Record("contract-A", 99));
        Assert.Equal(25, next.Index);
        Assert.NotNull(next.Record.PreviousRecordHash);
        CheckpointVerifier.Verify(next.Checkpoint.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
    }

    [Fact]
    public async Task A_tampered_database_refuses_to_open()
    {
        await using (var ledger = Open())
        {
            for (var i = 0; i < 5; i++)
            {
                await ledger.AppendAsync(TestKeys.Record("contract-A", i));
            }
        }

        await using (var db = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE leaves SET entry = $e WHERE idx = 2";
            cmd.Parameters.AddWithValue("$e", SigningRecordCodec.Encode(TestKeys.Record("contract-A", 1000)));
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<InvalidDataException>(Open);
        Assert.Contains("do not match", e.Message);
    }

    [Fact]
    public async Task A39_no_IIN_appears_anywhere_in_the_stored_database()
    {
        string[] iins = ["900101300123", "851231400567", "120540012345"];
        await using (var ledger = Open())
        {
            for (var i = 0; i < 60; i++)
            {
                await ledger.AppendAsync(TestKeys.Record($"contract-{i % 5}", i, iins[i % 3]));
            }
        }

        SqliteConnection.ClearAllPools();
        var bytes = Directory.GetFiles(dir).SelectMany(File.ReadAllBytes).ToArray();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.DoesNotMatch(new Regex("[0-9]{12}"), text);
        foreach (var iin in iins)
        {
            Assert.DoesNotContain(iin, text);
        }
    }

    [Fact]
    public async Task Dispose_twice_is_harmless_and_the_ledger_reopens_with_its_records()
    {
        var ledger = Open();
        await ledger.AppendAsync(TestKeys.Record("contract-D", 1));
        await ledger.DisposeAsync();
        await ledger.DisposeAsync();

        await using var reopened = Open();
        Assert.Equal(1, (await reopened.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Batches_committed_while_the_witness_is_busy_are_published_under_one_newest_checkpoint()
    {
        var slow = new GatedWitness(new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, witnessState, time));
        await using var ledger = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = DbPath }, TestKeys.Log, [slow]);
        var first = ledger.AppendAsync(TestKeys.Record("contract-A", 1));
        await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the witness holds the first round

        // Two more appends commit one after the other (their own transactions) while the witness is busy.
        var second = ledger.AppendAsync(TestKeys.Record("contract-B", 2));
        await WaitForLeavesAsync(2);
        var third = ledger.AppendAsync(TestKeys.Record("contract-C", 3));
        await WaitForLeavesAsync(3);
        Assert.False(second.IsCompleted || third.IsCompleted, "no receipt before its checkpoint is cosigned");
        slow.Release.SetResult();

        var receipts = await Task.WhenAll(first, second, third);
        Assert.Equal(1, receipts[0].Checkpoint.Checkpoint.Size);
        Assert.All(receipts[1..], r => Assert.Equal(3, r.Checkpoint.Checkpoint.Size));
        Assert.Equal(2, slow.Calls); // one cosigning round for both later commits
        foreach (var r in receipts)
        {
            var cp = CheckpointVerifier.Verify(r.Checkpoint.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1).Checkpoint;
            Assert.True(MerkleProofs.VerifyInclusion(r.Index, cp.Size, r.LeafHash, r.InclusionProof, cp.RootHash));
        }
    }

    private async Task WaitForLeavesAsync(long count)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var db = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM leaves";
            if ((long)cmd.ExecuteScalar()! >= count) return;
            await Task.Delay(50);
        }

        Assert.Fail($"{count} leaves were not committed within 30 s");
    }

    /// <summary>A witness whose first cosignature waits until the test releases it.</summary>
    private sealed class GatedWitness(IWitness inner) : IWitness
    {
        private int calls;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref calls);

        public string Name => inner.Name;

        public async Task<string> AddCheckpointAsync(string signedCheckpoint, long oldSize, IReadOnlyList<byte[]> consistencyProof, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                Entered.SetResult();
                await Release.Task;
            }

            return await inner.AddCheckpointAsync(signedCheckpoint, oldSize, consistencyProof, cancellationToken);
        }
    }

    private EmbeddedLedger Open() => EmbeddedLedger.Open(
        new EmbeddedLedgerOptions { DatabasePath = DbPath },
        TestKeys.Log,
        [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, witnessState, time)]);
}
