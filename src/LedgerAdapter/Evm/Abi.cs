using System.Globalization;
using System.Numerics;
using System.Text;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Solidity contract ABI encoding and decoding (docs.soliditylang.org, "Contract ABI Specification")
/// for the types this project uses: uintN, intN, bool, address, bytesN, bytes, string, and arrays
/// (T[k], T[]) of static element types.
/// </summary>
public static class Abi
{
    /// <summary>The 4-byte function selector: first 4 bytes of Keccak-256 of the canonical signature.</summary>
    public static byte[] Selector(string signature) => Keccak256.Hash(signature)[..4];

    /// <summary>An event's topic 0: Keccak-256 of its canonical signature.</summary>
    public static byte[] EventTopic(string signature) => Keccak256.Hash(signature);

    /// <summary>Selector ‖ encoded arguments; types are read from <paramref name="signature"/> (e.g. <c>record(bytes32,bytes32,uint8)</c>).</summary>
    public static byte[] EncodeCall(string signature, params object[] values) => [.. Selector(signature), .. Encode(ParameterTypes(signature), values)];

    /// <summary>The parameter types of a canonical signature.</summary>
    public static string[] ParameterTypes(string signature)
    {
        var open = signature.IndexOf('(');
        var inner = signature[(open + 1)..signature.LastIndexOf(')')];
        return inner.Length == 0 ? [] : inner.Split(',');
    }

    /// <summary>Encodes values as a tuple of <paramref name="types"/>.</summary>
    public static byte[] Encode(IReadOnlyList<string> types, IReadOnlyList<object> values)
    {
        if (types.Count != values.Count)
        {
            throw new ArgumentException($"{types.Count} types but {values.Count} values");
        }

        var heads = new List<byte[]>();
        var tails = new List<byte[]>();
        var headSize = types.Sum(HeadSize);
        var tailOffset = headSize;
        for (var i = 0; i < types.Count; i++)
        {
            if (IsDynamic(types[i]))
            {
                var tail = EncodeDynamic(types[i], values[i]);
                heads.Add(Word(tailOffset));
                tails.Add(tail);
                tailOffset += tail.Length;
            }
            else
            {
                heads.Add(EncodeStatic(types[i], values[i]));
            }
        }

        return [.. heads.SelectMany(h => h), .. tails.SelectMany(t => t)];
    }

    /// <summary>Decodes a tuple of <paramref name="types"/>: uint/int → BigInteger, bool, address → string, bytesN/bytes → byte[], string, arrays → object[].</summary>
    /// <exception cref="FormatException">When the data is too short or malformed.</exception>
    public static object[] Decode(IReadOnlyList<string> types, ReadOnlySpan<byte> data)
    {
        var result = new object[types.Count];
        var at = 0;
        for (var i = 0; i < types.Count; i++)
        {
            if (IsDynamic(types[i]))
            {
                var offset = (int)ReadUInt(data, at);
                result[i] = DecodeDynamic(types[i], data, offset);
                at += 32;
            }
            else
            {
                result[i] = DecodeStatic(types[i], data, at);
                at += HeadSize(types[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// Decodes revert data: <c>Error(string)</c> gives its message, <c>Panic(uint256)</c> its code; null otherwise.
    /// </summary>
    public static string? DecodeRevertReason(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 4 && data[..4].SequenceEqual(Selector("Error(string)")))
        {
            try
            {
                return (string)Decode(["string"], data[4..])[0];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        if (data.Length == 36 && data[..4].SequenceEqual(Selector("Panic(uint256)")))
        {
            return "panic 0x" + ((BigInteger)Decode(["uint256"], data[4..])[0]).ToString("x", CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static bool IsDynamic(string type) => type is "bytes" or "string" || type.EndsWith("[]", StringComparison.Ordinal);

    private static int HeadSize(string type)
    {
        if (IsDynamic(type))
        {
            return 32;
        }

        var (element, length) = FixedArray(type);
        return element is null ? 32 : length * HeadSize(element);
    }

    private static (string? Element, int Length) FixedArray(string type)
    {
        if (!type.EndsWith(']'))
        {
            return (null, 0);
        }

        var open = type.LastIndexOf('[');
        return (type[..open], int.Parse(type[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    private static byte[] EncodeStatic(string type, object value)
    {
        var (element, length) = FixedArray(type);
        if (element is not null)
        {
            var items = ((System.Collections.IEnumerable)value).Cast<object>().ToList();
            if (items.Count != length)
            {
                throw new ArgumentException($"{type} needs {length} items, got {items.Count}");
            }

            return items.SelectMany(v => EncodeStatic(element, v)).ToArray();
        }

        if (type.StartsWith("uint", StringComparison.Ordinal))
        {
            var bits = type.Length == 4 ? 256 : int.Parse(type[4..], CultureInfo.InvariantCulture);
            var v = ToBigInteger(value);
            if (v.Sign < 0 || v >= BigInteger.One << bits)
            {
                throw new ArgumentOutOfRangeException(nameof(value), $"{v} does not fit {type}");
            }

            return Word(v);
        }

        if (type.StartsWith("int", StringComparison.Ordinal))
        {
            var v = ToBigInteger(value);
            return Word(v.Sign >= 0 ? v : (BigInteger.One << 256) + v);
        }

        switch (type)
        {
            case "bool":
                return Word((bool)value ? 1 : 0);
            case "address":
                var address = value is string s ? Hex.Decode(s) : (byte[])value;
                return address.Length == 20 ? [.. new byte[12], .. address] : throw new ArgumentException("an address is 20 bytes");
        }

        if (type.StartsWith("bytes", StringComparison.Ordinal))
        {
            var size = int.Parse(type[5..], CultureInfo.InvariantCulture);
            var bytes = value is string text ? Encoding.UTF8.GetBytes(text) : (byte[])value;
            if (bytes.Length > size)
            {
                throw new ArgumentException($"{type} holds at most {size} bytes");
            }

            var word = new byte[32];
            bytes.CopyTo(word, 0);
            return word;
        }

        throw new NotSupportedException($"ABI type {type} is not supported");
    }

    private static byte[] EncodeDynamic(string type, object value)
    {
        if (type is "bytes" or "string")
        {
            var bytes = value is string s ? Encoding.UTF8.GetBytes(s) : (byte[])value;
            var padded = new byte[(bytes.Length + 31) / 32 * 32];
            bytes.CopyTo(padded, 0);
            return [.. Word(bytes.Length), .. padded];
        }

        var element = type[..^2];
        var items = ((System.Collections.IEnumerable)value).Cast<object>().ToList();
        return [.. Word(items.Count), .. Encode(Enumerable.Repeat(element, items.Count).ToList(), items)];
    }

    private static object DecodeStatic(string type, ReadOnlySpan<byte> data, int at)
    {
        var (element, length) = FixedArray(type);
        if (element is not null)
        {
            var items = new object[length];
            for (var i = 0; i < length; i++)
            {
                items[i] = DecodeStatic(element, data, at + (i * HeadSize(element)));
            }

            return items;
        }

        var word = Slice(data, at, 32);
        if (type.StartsWith("uint", StringComparison.Ordinal))
        {
            return new BigInteger(word, isUnsigned: true, isBigEndian: true);
        }

        if (type.StartsWith("int", StringComparison.Ordinal))
        {
            return new BigInteger(word, isUnsigned: false, isBigEndian: true);
        }

        return type switch
        {
            "bool" => word[31] == 1,
            "address" => Hex.Encode(word[12..]),
            _ when type.StartsWith("bytes", StringComparison.Ordinal) => word[..int.Parse(type[5..], CultureInfo.InvariantCulture)].ToArray(),
            _ => throw new NotSupportedException($"ABI type {type} is not supported"),
        };
    }

    private static object DecodeDynamic(string type, ReadOnlySpan<byte> data, int offset)
    {
        var count = (int)ReadUInt(data, offset);
        if (type is "bytes" or "string")
        {
            var bytes = Slice(data, offset + 32, count).ToArray();
            return type == "string" ? new UTF8Encoding(false, true).GetString(bytes) : bytes;
        }

        var element = type[..^2];
        return Decode(Enumerable.Repeat(element, count).ToList(), data[(offset + 32)..]);
    }

    private static BigInteger ReadUInt(ReadOnlySpan<byte> data, int at)
    {
        var v = new BigInteger(Slice(data, at, 32), isUnsigned: true, isBigEndian: true);
        return v <= int.MaxValue ? v : throw new FormatException("ABI: offset or length out of range");
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int at, int count) =>
        at >= 0 && count >= 0 && at + count <= data.Length ? data.Slice(at, count) : throw new FormatException("ABI: data too short");

    private static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong ul => ul,
        byte by => by,
        _ => throw new ArgumentException($"not an integer: {value.GetType().Name}"),
    };

    private static byte[] Word(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var word = new byte[32];
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }
}
