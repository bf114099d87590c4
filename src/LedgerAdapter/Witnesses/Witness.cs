using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>
/// A C2SP tlog-witness: cosigns (tlog-cosignature, cosignature/v1) a log's checkpoint only when the
/// log signature verifies and a consistency proof shows it extends the last checkpoint this witness
/// cosigned. It refuses forks (same or larger size, history not a prefix) and rollbacks (smaller size),
/// and answers a stale <c>oldSize</c> with its own size (the protocol's 409 Conflict).
/// </summary>
public sealed class Witness : IWitness
{
    private readonly NoteSigningKey key;
    private readonly NoteVerifierKey logKey;
    private readonly IWitnessStateStore store;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    /// <summary>Creates a witness for one log.</summary>
    /// <param name="key">The witness's cosignature/v1 key.</param>
    /// <param name="logKey">The log's verifier key (its name is the checkpoint origin).</param>
    /// <param name="store">Durable state.</param>
    /// <param name="time">Clock for cosignature timestamps.</param>
    public Witness(NoteSigningKey key, NoteVerifierKey logKey, IWitnessStateStore store, TimeProvider time)
    {
        if (key.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            throw new ArgumentException("a witness key must be a cosignature/v1 key", nameof(key));
        }

        (this.key, this.logKey, this.store, this.time) = (key, logKey, store, time);
    }

    /// <inheritdoc />
    public string Name => key.Name;

    /// <inheritdoc />
    public Task<string> AddCheckpointAsync(string signedCheckpoint, long oldSize, IReadOnlyList<byte[]> consistencyProof, CancellationToken cancellationToken = default)
    {
        Checkpoint checkpoint;
        try
        {
            checkpoint = CheckpointVerifier.Verify(signedCheckpoint, logKey, [], 0).Checkpoint;
        }
        catch (VerificationException e)
        {
            throw new WitnessRefusedException("witness: " + e.Message);
        }

        lock (gate)
        {
            var last = store.Load(checkpoint.Origin) ?? new WitnessState(0, Rfc6962.EmptyRoot());
            if (oldSize != last.Size)
            {
                throw new WitnessRefusedException($"witness: old size {oldSize} is not the size {last.Size} this witness last cosigned", last.Size);
            }

            if (checkpoint.Size < last.Size)
            {
                throw new WitnessRefusedException($"witness: rollback refused: size {checkpoint.Size} is below the cosigned size {last.Size}");
            }

            if (!MerkleProofs.VerifyConsistency(last.Size, checkpoint.Size, last.RootHash, checkpoint.RootHash, consistencyProof))
            {
                throw new WitnessRefusedException($"witness: fork refused: checkpoint of size {checkpoint.Size} is not consistent with the cosigned tree of size {last.Size}");
            }

            // Persist first: a cosignature must never be released for a state the witness could forget.
            store.Save(checkpoint.Origin, new WitnessState(checkpoint.Size, checkpoint.RootHash));
            var body = checkpoint.ToNoteBody();
            var timestamp = (ulong)time.GetUtcNow().ToUnixTimeSeconds();
            return Task.FromResult(CheckpointSigner.Cosign(body, key, timestamp).ToLine());
        }
    }
}
