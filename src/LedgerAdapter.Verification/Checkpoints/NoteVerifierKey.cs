using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>
/// A C2SP signed-note verifier key, text form <c>name+hash+base64(type ‖ publickey)</c>, where hash is
/// the first 4 bytes of SHA-256(name ‖ 0x0A ‖ type ‖ publickey) in hex.
/// </summary>
/// <param name="Name">Key name (for the log key: the checkpoint origin).</param>
/// <param name="Algorithm">Signature type.</param>
/// <param name="PublicKey">Ed25519 public key (32 bytes).</param>
public sealed record NoteVerifierKey(string Name, NoteKeyAlgorithm Algorithm, byte[] PublicKey)
{
    /// <summary>The 4-byte key hash.</summary>
    public uint KeyHash => ComputeKeyHash(Name, Algorithm, PublicKey);

    /// <summary>Text form.</summary>
    public override string ToString() =>
        $"{Name}+{KeyHash:x8}+{Convert.ToBase64String([(byte)Algorithm, .. PublicKey])}";

    /// <summary>Computes a key hash per C2SP signed-note.</summary>
    public static uint ComputeKeyHash(string name, NoteKeyAlgorithm algorithm, ReadOnlySpan<byte> publicKey)
    {
        var data = new List<byte>(Encoding.UTF8.GetBytes(name)) { 0x0A, (byte)algorithm };
        data.AddRange(publicKey.ToArray());
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(data.ToArray()));
    }

    /// <summary>Parses the text form and checks the hash matches.</summary>
    /// <exception cref="FormatException">When malformed.</exception>
    public static NoteVerifierKey Parse(string text)
    {
        var parts = (text ?? string.Empty).Trim().Split('+', 3);
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length != 8)
        {
            throw new FormatException("verifier key: expected name+hash+key");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            throw new FormatException("verifier key: key is not base64");
        }

        if (blob.Length != 33 || !Enum.IsDefined((NoteKeyAlgorithm)blob[0]))
        {
            throw new FormatException("verifier key: expected a 1-byte type (0x01 or 0x04) and a 32-byte Ed25519 key");
        }

        var key = new NoteVerifierKey(parts[0], (NoteKeyAlgorithm)blob[0], blob[1..]);
        if (!string.Equals($"{key.KeyHash:x8}", parts[1], StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("verifier key: key hash does not match name and key");
        }

        return key;
    }
}
