using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>Opening: rebuilding the tree from stored leaves and checking it against the signed checkpoint.</summary>
public sealed partial class EmbeddedLedger
{
    private SignedCheckpoint Load()
    {
        var keyedUpTo = storage.LastKeyedIndex();
        var unkeyed = new List<(long Index, byte[] Entry)>();
        foreach (var (index, subject, entry) in storage.ReadLeaves())
        {
            if (index != tree.Size)
            {
                throw new InvalidDataException($"ledger: leaf {tree.Size} is missing (found {index})");
            }

            var leafHash = Rfc6962.LeafHash(entry);
            tree.Append(leafHash);
            lastBySubject[subject] = leafHash;
            if (index > keyedUpTo)
            {
                unkeyed.Add((index, entry));
            }
        }

        // A log written before record keys existed gets them now (the first of equal records keeps its key).
        if (unkeyed.Count > 0)
        {
            using var tx = storage.BeginBatch();
            foreach (var (index, entry) in unkeyed)
            {
                storage.InsertKey(tx, RecordKey.Of(SigningRecordCodec.Decode(entry)), index);
            }

            tx.Commit();
        }

        var note = storage.LatestCheckpointNote();

        if (note is null)
        {
            if (tree.Size != 0)
            {
                throw new InvalidDataException("ledger: leaves are stored without a signed checkpoint");
            }

            var empty = CheckpointSigner.Sign(new Checkpoint(Origin, 0, tree.Root(0)), logKey).Format();
            storage.InsertEmptyCheckpoint(empty);
            return new SignedCheckpoint(Checkpoint.ParseBody(SignedNote.Parse(empty).Text), empty);
        }

        Checkpoint stored;
        try
        {
            stored = CheckpointVerifier.Verify(note, logKey.VerifierKey, [], 0).Checkpoint;
        }
        catch (VerificationException e)
        {
            throw new InvalidDataException("ledger: the latest stored checkpoint does not verify with the log key: " + e.Message);
        }

        if (stored.Size != tree.Size || !stored.RootHash.AsSpan().SequenceEqual(tree.Root(tree.Size)))
        {
            throw new InvalidDataException($"ledger: stored leaves (size {tree.Size}) do not match the latest signed checkpoint (size {stored.Size})");
        }

        return new SignedCheckpoint(stored, note);
    }

    // A crash between the commit of a batch and its cosignature leaves the newest checkpoint signed by the log alone,
    // and every bundle built on it fails a verifier's witness threshold (issue 17: 0 of 1 cosignatures after kill -9).
    // Cosign it now, before the first receipt; a witness that cosigned more leaves than the log holds refuses the open.
    private SignedCheckpoint CatchUpWitnesses(SignedCheckpoint loaded, IReadOnlyList<IWitness> witnesses)
    {
        var size = loaded.Checkpoint.Size;
        if (witnesses.Count == 0 || size == 0)
        {
            return loaded;
        }

        var present = SignedNote.Parse(loaded.Note).Signatures.Select(s => s.KeyName).ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        // Every witness is asked, also one whose cosignature is stored: its answer shows whether it saw a longer log.
        foreach (var witness in witnesses)
        {
            if (CosignOnOpen(witness, loaded.Note, size) is { } line && !present.Contains(witness.Name))
            {
                lines.Add(line);
            }
        }

        if (lines.Count == 0)
        {
            return loaded;
        }

        var note = loaded.Note + string.Join("", lines.Select(l => l + "\n"));
        storage.UpdateCheckpoint(null, size, note);
        return new SignedCheckpoint(loaded.Checkpoint, note);
    }

    private string? CosignOnOpen(IWitness witness, string note, long size)
    {
        long from = 0;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return witness.AddCheckpointAsync(note, from, tree.ConsistencyProof(from, size)).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not WitnessRefusedException)
            {
                return null; // An unreachable witness cosigns with the next append; the log stays usable.
            }
            catch (WitnessRefusedException e) when (e.WitnessSize is { } seen && seen > size)
            {
                throw new InvalidDataException(
                    $"ledger: the log holds {size} leaves but witness '{witness.Name}' cosigned {seen}: its tail was truncated or an older copy was restored");
            }
            catch (WitnessRefusedException e) when (e.WitnessSize is { } seen && attempt == 0)
            {
                from = seen; // tlog-witness 409: prove from the size the witness has.
            }
            catch (WitnessRefusedException e)
            {
                throw new InvalidDataException($"ledger: witness '{witness.Name}' refused the stored checkpoint of size {size}: {e.Message}");
            }
        }

        return null;
    }
}
