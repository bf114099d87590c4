using System.Security.Cryptography;

namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>RFC 6962 / RFC 9162 §2.1.1 tree hashing with SHA-256.</summary>
public static class Rfc6962
{
    /// <summary>Hash size in bytes.</summary>
    public const int HashSize = 32;

    /// <summary>Root of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>Leaf hash: SHA-256(0x00 ‖ entry).</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> entry)
    {
        var buffer = entry.Length <= 1024 ? stackalloc byte[entry.Length + 1] : new byte[entry.Length + 1];
        buffer[0] = 0x00;
        entry.CopyTo(buffer[1..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>Interior node hash: SHA-256(0x01 ‖ left ‖ right).</summary>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + HashSize + HashSize];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + HashSize)..]);
        return SHA256.HashData(buffer);
    }
}
