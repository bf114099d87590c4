using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>
/// An Ed25519 private key for signing notes (the log) or cosigning them (a witness). Text form
/// (as in Go's golang.org/x/mod/sumdb/note): <c>PRIVATE+KEY+name+hash+base64(type ‖ seed)</c>.
/// Keep the text form secret; only <see cref="VerifierKey"/> is published.
/// </summary>
public sealed class NoteSigningKey
{
    private const string Prefix = "PRIVATE+KEY+";
    private readonly Ed25519PrivateKeyParameters privateKey;

    private NoteSigningKey(string name, NoteKeyAlgorithm algorithm, byte[] seed)
    {
        if (name.Length == 0 || name.Any(c => c == '+' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("key name must be non-empty without '+', spaces or control characters", nameof(name));
        }

        Name = name;
        Algorithm = algorithm;
        privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        VerifierKey = new NoteVerifierKey(name, algorithm, privateKey.GeneratePublicKey().GetEncoded());
    }

    /// <summary>Key name.</summary>
    public string Name { get; }

    /// <summary>Signature type.</summary>
    public NoteKeyAlgorithm Algorithm { get; }

    /// <summary>The public verifier key.</summary>
    public NoteVerifierKey VerifierKey { get; }

    /// <summary>Makes a fresh random key.</summary>
    public static NoteSigningKey Generate(string name, NoteKeyAlgorithm algorithm) =>
        new(name, algorithm, RandomNumberGenerator.GetBytes(32));

    /// <summary>Makes a key from a 32-byte seed (for deterministic test keys).</summary>
    public static NoteSigningKey FromSeed(string name, NoteKeyAlgorithm algorithm, byte[] seed) =>
        seed.Length == 32 ? new(name, algorithm, seed) : throw new ArgumentException("an Ed25519 seed is 32 bytes", nameof(seed));

    /// <summary>Parses the private text form.</summary>
    /// <exception cref="FormatException">When malformed.</exception>
    public static NoteSigningKey Parse(string text)
    {
        text = (text ?? string.Empty).Trim();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new FormatException("signing key: expected PRIVATE+KEY+name+hash+key");
        }

        var parts = text[Prefix.Length..].Split('+', 3);
        if (parts.Length != 3)
        {
            throw new FormatException("signing key: expected PRIVATE+KEY+name+hash+key");
        }

        var blob = Convert.FromBase64String(parts[2]);
        if (blob.Length != 33 || !Enum.IsDefined((NoteKeyAlgorithm)blob[0]))
        {
            throw new FormatException("signing key: expected type byte and 32-byte seed");
        }

        var key = new NoteSigningKey(parts[0], (NoteKeyAlgorithm)blob[0], blob[1..]);
        if (!string.Equals($"{key.VerifierKey.KeyHash:x8}", parts[1], StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("signing key: key hash does not match");
        }

        return key;
    }

    /// <summary>The private text form (secret).</summary>
    public string ToPrivateText() =>
        $"{Prefix}{Name}+{VerifierKey.KeyHash:x8}+{Convert.ToBase64String([(byte)Algorithm, .. privateKey.GetEncoded()])}";

    /// <summary>Signs <paramref name="message"/> with Ed25519 (64-byte signature).</summary>
    public byte[] Sign(byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }
}
