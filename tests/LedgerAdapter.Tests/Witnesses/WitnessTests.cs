using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Witnesses;

public class WitnessTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Witness_cosigns_an_append_only_history()
    {
        var (tree, _) = Tree(10);
        var witness = NewWitness(new InMemoryWitnessStateStore());
        await witness.AddCheckpointAsync(Note(tree, 4), 0, []);
        var line = await witness.AddCheckpointAsync(Note(tree, 10), 4, tree.ConsistencyProof(4, 10));
        Assert.StartsWith("\u2014 " + TestKeys.Witness1.Name + " ", line);
        CheckpointVerifier.Verify(Note(tree, 10) + line + "\n", TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);
    }

    [Fact]
    public async Task Witness_refuses_a_forked_checkpoint()
    {
        var (tree, _) = Tree(10);
        var (fork, _) = Tree(12, salt: 1); // same origin and key, different history
        var store = new InMemoryWitnessStateStore();
        var witness = NewWitness(store);
        await witness.AddCheckpointAsync(Note(tree, 10), 0, []);

        var sameSize = await Assert.ThrowsAsync<WitnessRefusedException>(() => witness.AddCheckpointAsync(Note(fork, 10), 10, []));
        Assert.Contains("fork", sameSize.Message);
        var larger = await Assert.ThrowsAsync<WitnessRefusedException>(() => witness.AddCheckpointAsync(Note(fork, 12), 10, fork.ConsistencyProof(10, 12)));
        Assert.Contains("fork", larger.Message);
        Assert.Equal(10, store.Load(TestKeys.Origin)!.Size);
    }

    [Fact]
    public async Task Witness_refuses_rollback_stale_old_size_and_bad_signatures()
    {
        var (tree, _) = Tree(10);
        var witness = NewWitness(new InMemoryWitnessStateStore());
        await witness.AddCheckpointAsync(Note(tree, 10), 0, []);
        var rollback = await Assert.ThrowsAsync<WitnessRefusedException>(() => witness.AddCheckpointAsync(Note(tree, 8), 10, []));
        Assert.Contains("rollback", rollback.Message);
        var stale = await Assert.ThrowsAsync<WitnessRefusedException>(() => witness.AddCheckpointAsync(Note(tree, 10), 4, []));
        Assert.Equal(10, stale.WitnessSize);
        var forged = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 10, tree.Root(10)), NoteSigningKey.FromSeed(TestKeys.Origin, NoteKeyAlgorithm.Ed25519, TestKeys.Seed(50))).Format();
        await Assert.ThrowsAsync<WitnessRefusedException>(() => witness.AddCheckpointAsync(forged, 10, []));
    }

    [Fact]
    public async Task Witness_state_survives_a_restart_in_its_file()
    {
        var file = Path.Combine(TestKeys.TempDir(), "witness.state");
        var (tree, _) = Tree(10);
        var (fork, _) = Tree(10, salt: 1);
        await NewWitness(new FileWitnessStateStore(file)).AddCheckpointAsync(Note(tree, 10), 0, []);
        var restarted = NewWitness(new FileWitnessStateStore(file));
        await Assert.ThrowsAsync<WitnessRefusedException>(() => restarted.AddCheckpointAsync(Note(fork, 10), 10, []));
        await restarted.AddCheckpointAsync(Note(tree, 10), 10, []);
    }

    private Witness NewWitness(IWitnessStateStore store) => new(TestKeys.Witness1, TestKeys.Log.VerifierKey, store, time);

    private static string Note(MerkleTree tree, long size) =>
        CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, size, tree.Root(size)), TestKeys.Log).Format();

    private static (MerkleTree Tree, int Salt) Tree(int size, int salt = 0)
    {
        var tree = new MerkleTree();
        for (var i = 0; i < size; i++)
        {
            tree.Append(Rfc6962.LeafHash([(byte)i, (byte)salt]));
        }

        return (tree, salt);
    }
}
