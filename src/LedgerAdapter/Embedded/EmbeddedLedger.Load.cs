using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>Opening: rebuilding the tree from stored leaves and checking it against the signed checkpoint.</summary>
public sealed partial class EmbeddedLedger
{
    private SignedCheckpoint Load()
    {
        foreach (var (index, subject, entry) in storage.ReadLeaves())
        {
            if (index != tree.Size)
            {
                throw new InvalidDataException($"ledger: leaf {tree.Size} is missing (found {index})");
            }

            var leafHash = Rfc6962.LeafHash(entry);
            tree.Append(leafHash);
            lastBySubject[subject] = leafHash;
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
}
