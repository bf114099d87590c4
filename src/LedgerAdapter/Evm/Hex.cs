namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>0x-prefixed hex as Ethereum JSON-RPC uses it.</summary>
public static class Hex
{
    /// <summary>Decodes 0x-prefixed (or bare) hex.</summary>
    /// <exception cref="FormatException">When it is not hex.</exception>
    public static byte[] Decode(string hex)
    {
        var body = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        return Convert.FromHexString(body.Length % 2 == 1 ? "0" + body : body);
    }

    /// <summary>Encodes as 0x-prefixed lower-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> data) => "0x" + Convert.ToHexStringLower(data);

    /// <summary>Encodes a quantity (no leading zeros; zero is 0x0).</summary>
    public static string Quantity(System.Numerics.BigInteger value) =>
        value.IsZero ? "0x0" : "0x" + Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).TrimStart('0');

    /// <summary>Decodes a quantity.</summary>
    public static System.Numerics.BigInteger ToBigInteger(string quantity) =>
        new(Decode(quantity), isUnsigned: true, isBigEndian: true);
}
