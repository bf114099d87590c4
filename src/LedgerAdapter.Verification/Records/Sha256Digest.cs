using System.Security.Cryptography;

namespace RentToOwn.LedgerAdapter.Records;

/// <summary>A 32-byte SHA-256 value (documents, CMS blobs, certificates, records).</summary>
public readonly record struct Sha256Digest
{
    private readonly byte[]? bytes;

    private Sha256Digest(byte[] bytes) => this.bytes = bytes;

    /// <summary>The 32 bytes (a copy).</summary>
    public byte[] ToArray() => (byte[])Bytes.Clone();

    /// <summary>The 32 bytes without copying; callers must not mutate.</summary>
    internal ReadOnlySpan<byte> Span => Bytes;

    private byte[] Bytes => bytes ?? new byte[32];

    /// <summary>Wraps exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException">When the length is not 32.</exception>
    public static Sha256Digest FromBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length != 32)
        {
            throw new ArgumentException($"a SHA-256 digest is 32 bytes, got {value.Length}", nameof(value));
        }

        return new Sha256Digest(value.ToArray());
    }

    /// <summary>Parses 64 hex characters.</summary>
    /// <exception cref="FormatException">When the text is not 64 hex characters.</exception>
    public static Sha256Digest FromHex(string hex)
    {
        if (hex is null || hex.Length != 64)
        {
            throw new FormatException($"a SHA-256 digest is 64 hex characters, got {hex?.Length ?? 0}");
        }

        try
        {
            return new Sha256Digest(Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            throw new FormatException("a SHA-256 digest must be hex (0-9, a-f)");
        }
    }

    /// <summary>Hashes <paramref name="data"/>.</summary>
    public static Sha256Digest Of(ReadOnlySpan<byte> data) => new(SHA256.HashData(data));

    /// <summary>Lower-case hex.</summary>
    public string ToHex() => Convert.ToHexStringLower(Bytes);

    /// <inheritdoc />
    public bool Equals(Sha256Digest other) => Bytes.AsSpan().SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes, 0);

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
