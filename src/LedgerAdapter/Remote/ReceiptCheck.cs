using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>
/// The keys a client of the log service trusts (got out of band: the service's <c>log.pub</c> and <c>witness.pub</c>).
/// Every receipt and checkpoint the service returns is checked against them before it is used, so a wrong or
/// impersonated service cannot hand out receipts that would later fail to verify.
/// </summary>
/// <param name="LogKey">The log's verifier key.</param>
/// <param name="WitnessKeys">Trusted witness keys.</param>
/// <param name="WitnessThreshold">Required cosignatures.</param>
public sealed record ReceiptCheck(NoteVerifierKey LogKey, IReadOnlyList<NoteVerifierKey> WitnessKeys, int WitnessThreshold)
{
    /// <summary>
    /// The checkpoint of <paramref name="note"/>, verified; throws <see cref="VerificationException"/> otherwise. The empty
    /// tree of a new log needs only the log's signature: no witness cosigns it (there is nothing to be consistent with), and
    /// a platform starting on a fresh log service must not fail its first look at the log.
    /// </summary>
    public Checkpoint Checkpoint(string note)
    {
        try
        {
            return CheckpointVerifier.Verify(note, LogKey, WitnessKeys, WitnessThreshold).Checkpoint;
        }
        catch (VerificationException) when (CheckpointVerifier.Verify(note, LogKey, [], 0).Checkpoint.Size == 0)
        {
            return CheckpointVerifier.Verify(note, LogKey, [], 0).Checkpoint;
        }
    }

    /// <summary>Checks a receipt: checkpoint signatures, leaf hash of the record's encoding, inclusion.</summary>
    /// <exception cref="VerificationException">When any part fails.</exception>
    public void Receipt(LedgerReceipt receipt, byte[] encodedRecord)
    {
        var checkpoint = Checkpoint(receipt.Checkpoint.Note);
        if (!Rfc6962.LeafHash(encodedRecord).AsSpan().SequenceEqual(receipt.LeafHash))
        {
            throw new VerificationException("receipt: the leaf hash is not the hash of the record");
        }

        if (!MerkleProofs.VerifyInclusion(receipt.Index, checkpoint.Size, receipt.LeafHash, receipt.InclusionProof, checkpoint.RootHash))
        {
            throw new VerificationException($"receipt: leaf {receipt.Index} is not included in the checkpoint of size {checkpoint.Size}");
        }
    }
}
