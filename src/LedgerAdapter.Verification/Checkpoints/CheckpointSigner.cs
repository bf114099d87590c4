using System.Buffers.Binary;
using System.Text;

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>Makes C2SP signed-note checkpoints (log signature) and tlog-cosignature/v1 witness cosignatures.</summary>
public static class CheckpointSigner
{
    /// <summary>Signs a checkpoint with the log key; the note has exactly one signature.</summary>
    public static SignedNote Sign(Checkpoint checkpoint, NoteSigningKey logKey)
    {
        if (logKey.Algorithm != NoteKeyAlgorithm.Ed25519)
        {
            throw new ArgumentException("the log key must be an Ed25519 note key", nameof(logKey));
        }

        var body = checkpoint.ToNoteBody();
        var signature = logKey.Sign(Encoding.UTF8.GetBytes(body));
        return new SignedNote(body, [new NoteSignature(logKey.Name, logKey.VerifierKey.KeyHash, signature)]);
    }

    /// <summary>
    /// The message a cosignature/v1 signs (C2SP tlog-cosignature):
    /// <c>"cosignature/v1\ntime " + timestamp + "\n" + checkpoint body</c>.
    /// </summary>
    public static byte[] CosignatureMessage(string checkpointBody, ulong timestamp) =>
        Encoding.UTF8.GetBytes($"cosignature/v1\ntime {timestamp}\n{checkpointBody}");

    /// <summary>Makes a witness cosignature line: signature bytes are timestamp (8, big-endian seconds) ‖ Ed25519 signature.</summary>
    public static NoteSignature Cosign(string checkpointBody, NoteSigningKey witnessKey, ulong timestamp)
    {
        if (witnessKey.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            throw new ArgumentException("a witness key must be a cosignature/v1 key", nameof(witnessKey));
        }

        var sig = witnessKey.Sign(CosignatureMessage(checkpointBody, timestamp));
        var blob = new byte[8 + sig.Length];
        BinaryPrimitives.WriteUInt64BigEndian(blob, timestamp);
        sig.CopyTo(blob, 8);
        return new NoteSignature(witnessKey.Name, witnessKey.VerifierKey.KeyHash, blob);
    }
}
