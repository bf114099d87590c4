using System.Buffers.Binary;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;
using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>
/// Verifies a C2SP signed-note checkpoint: the log's Ed25519 signature and a threshold of witness
/// cosignatures (C2SP tlog-cosignature, cosignature/v1). Signature lines from unknown keys are
/// ignored, as the signed-note spec requires.
/// A caller MUST still: obtain the log and witness keys out of band (never from the bundle or the
/// log itself); choose the threshold by policy; check the tree is consistent with any earlier
/// checkpoint it trusts (<see cref="MerkleProofs.VerifyConsistency"/>); and, if freshness matters,
/// check the cosignature timestamps in <see cref="CheckpointVerification.WitnessTimestamps"/>.
/// </summary>
public static class CheckpointVerifier
{
    /// <summary>Verifies <paramref name="note"/>; throws <see cref="VerificationException"/> with the reason otherwise.</summary>
    /// <param name="note">The signed note text.</param>
    /// <param name="logKey">The log's verifier key; its name must equal the checkpoint origin.</param>
    /// <param name="witnessKeys">Trusted witness keys (cosignature/v1).</param>
    /// <param name="witnessThreshold">How many distinct trusted witnesses must have cosigned.</param>
    public static CheckpointVerification Verify(string note, NoteVerifierKey logKey, IReadOnlyList<NoteVerifierKey> witnessKeys, int witnessThreshold)
    {
        SignedNote parsed;
        Checkpoint checkpoint;
        try
        {
            parsed = SignedNote.Parse(note);
            checkpoint = Checkpoint.ParseBody(parsed.Text);
        }
        catch (FormatException e)
        {
            throw new VerificationException("checkpoint is malformed: " + e.Message);
        }

        if (checkpoint.Origin != logKey.Name)
        {
            throw new VerificationException($"checkpoint origin '{checkpoint.Origin}' is not the log key's name '{logKey.Name}'");
        }

        var text = Encoding.UTF8.GetBytes(parsed.Text);
        var logSigned = parsed.Signatures.Any(s => s.KeyName == logKey.Name && s.KeyHash == logKey.KeyHash
            && s.Signature.Length == 64 && Ed25519.Verify(s.Signature, 0, logKey.PublicKey, 0, text, 0, text.Length));
        if (!logSigned)
        {
            throw new VerificationException("checkpoint has no valid signature by the log key");
        }

        var witnessed = new Dictionary<string, ulong>();
        foreach (var key in witnessKeys.Where(k => k.Algorithm == NoteKeyAlgorithm.CosignatureV1))
        {
            foreach (var s in parsed.Signatures.Where(s => s.KeyName == key.Name && s.KeyHash == key.KeyHash))
            {
                if (s.Signature.Length != 72)
                {
                    continue;
                }

                var timestamp = BinaryPrimitives.ReadUInt64BigEndian(s.Signature);
                var message = CheckpointSigner.CosignatureMessage(parsed.Text, timestamp);
                if (Ed25519.Verify(s.Signature, 8, key.PublicKey, 0, message, 0, message.Length))
                {
                    witnessed[key.ToString()] = timestamp;
                }
            }
        }

        if (witnessed.Count < witnessThreshold)
        {
            throw new VerificationException($"checkpoint has {witnessed.Count} valid witness cosignature(s), {witnessThreshold} required");
        }

        return new CheckpointVerification(checkpoint, witnessed);
    }
}
