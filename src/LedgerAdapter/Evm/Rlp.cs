using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Recursive Length Prefix encoding (Ethereum Yellow Paper, appendix B).</summary>
public static class Rlp
{
    /// <summary>Encodes a byte string.</summary>
    public static byte[] EncodeBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 1 && data[0] < 0x80)
        {
            return [data[0]];
        }

        return [.. Prefix(0x80, data.Length), .. data];
    }

    /// <summary>Encodes a non-negative integer as its minimal big-endian bytes (zero is the empty string).</summary>
    public static byte[] EncodeInteger(BigInteger value) => EncodeBytes(ToMinimalBytes(value));

    /// <summary>Encodes a list of already-encoded items.</summary>
    public static byte[] EncodeList(params byte[][] encodedItems)
    {
        var payload = encodedItems.SelectMany(i => i).ToArray();
        return [.. Prefix(0xc0, payload.Length), .. payload];
    }

    /// <summary>Minimal big-endian bytes of a non-negative integer.</summary>
    public static byte[] ToMinimalBytes(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "RLP integers are non-negative");
        }

        return value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
    }

    private static byte[] Prefix(byte offset, int length)
    {
        if (length < 56)
        {
            return [(byte)(offset + length)];
        }

        var lengthBytes = ToMinimalBytes(length);
        return [(byte)(offset + 55 + lengthBytes.Length), .. lengthBytes];
    }
}
