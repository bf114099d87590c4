using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Embedded;

/// <summary>What opening a log checks, and how it recovers a checkpoint that a crash left without cosignatures.</summary>
public class LedgerOpenChecksTests
{
    private readonly string dir = TestKeys.TempDir();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryWitnessStateStore witnessState = new();

    private string DbPath => Path.Combine(dir, "ledger.db");

    [Fact]
    public async Task A_newest_checkpoint_left_without_cosignature_is_cosigned_on_open()
    {
        await AppendAsync(Open(), 5);
        // Five more appends the witness never sees: the state a kill -9 between commit and cosignature leaves.
        await AppendAsync(OpenWithoutWitness(), 5, from: 5);
        await using (var bare = OpenWithoutWitness())
        {
            var stored = await bare.GetLatestCheckpointAsync();
            Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(stored.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1));
        }

        await using var reopened = Open();
        var latest = await reopened.GetLatestCheckpointAsync();
        Assert.Equal(10, latest.Checkpoint.Size);
        CheckpointVerifier.Verify(latest.Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
        Assert.Equal(10, witnessState.Load(TestKeys.Origin)!.Size);

        // The cosignature was stored: a log opened without the witness still serves it.
        await reopened.DisposeAsync();
        await using var again = OpenWithoutWitness();
        CheckpointVerifier.Verify((await again.GetLatestCheckpointAsync()).Note, TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
    }

    [Fact]
    public async Task A_truncated_tail_is_caught_against_the_witness_cosigned_size()
    {
        await AppendAsync(Open(), 10);
        Execute("DELETE FROM leaves WHERE idx >= 6; DELETE FROM checkpoints WHERE size > 6");
        Assert.True(RowCount("checkpoints WHERE size = 6") == 1, "the test needs a stored checkpoint of size 6");

        var e = Assert.Throws<InvalidDataException>(Open);
        Assert.Equal("ledger: the log holds 6 leaves but witness 'test.rto.kz/witness-1' cosigned 10: its tail was truncated or an older copy was restored", e.Message);
    }

    [Fact]
    public async Task A_missing_leaf_refuses_to_open()
    {
        await AppendAsync(Open(), 5);
        Execute("DELETE FROM leaves WHERE idx = 2");

        var e = Assert.Throws<InvalidDataException>(Open);
        Assert.Equal("ledger: leaf 2 is missing (found 3)", e.Message);
    }

    [Fact]
    public async Task Leaves_without_a_checkpoint_refuse_to_open()
    {
        await AppendAsync(Open(), 5);
        Execute("DELETE FROM checkpoints");

        var e = Assert.Throws<InvalidDataException>(Open);
        Assert.Equal("ledger: leaves are stored without a signed checkpoint", e.Message);
    }

    [Fact]
    public async Task A_forged_checkpoint_refuses_to_open()
    {
        await AppendAsync(Open(), 5);
        await using (var probe = OpenWithoutWitness())
        {
            var stored = (await probe.GetLatestCheckpointAsync()).Checkpoint;
            var forger = NoteSigningKey.FromSeed(TestKeys.Origin, NoteKeyAlgorithm.Ed25519, TestKeys.Seed(77));
            var forged = CheckpointSigner.Sign(stored, forger).Format();
            Execute($"UPDATE checkpoints SET note = '{forged.Replace("'", "''")}' WHERE size = 5");
        }

        var e = Assert.Throws<InvalidDataException>(Open);
        Assert.StartsWith("ledger: the latest stored checkpoint does not verify with the log key", e.Message);
    }

    private static async Task AppendAsync(EmbeddedLedger ledger, int count, int from = 0)
    {
        await using (ledger)
        {
            for (var i = from; i < from + count; i++)
            {
                await ledger.AppendAsync(TestKeys.Record("contract-open", i));
            }
        }
    }

    private void Execute(string sql)
    {
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private long RowCount(string from)
    {
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM " + from;
        return (long)cmd.ExecuteScalar()!;
    }

    private EmbeddedLedger Open() => EmbeddedLedger.Open(
        new EmbeddedLedgerOptions { DatabasePath = DbPath },
        TestKeys.Log,
        [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, witnessState, time)]);

    private EmbeddedLedger OpenWithoutWitness() => EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = DbPath }, TestKeys.Log);
}
