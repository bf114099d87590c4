namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>One metadata entry: a text value, or bytes for keys ending in <c>-bin</c>.</summary>
/// <param name="Key">The lower-case key.</param>
/// <param name="Value">The text value (empty for binary entries).</param>
/// <param name="ValueBytes">The binary value, or null for text entries.</param>
public sealed record MetadataEntry(string Key, string Value, byte[]? ValueBytes)
{
    /// <summary>Suffix that marks a binary key.</summary>
    public const string BinarySuffix = "-bin";

    /// <summary>True when the entry carries bytes.</summary>
    public bool IsBinary => ValueBytes is not null;

    /// <summary>The value as sent on the wire (base64 without padding for binary entries).</summary>
    public string WireValue => ValueBytes is null ? Value : Convert.ToBase64String(ValueBytes).TrimEnd('=');

    internal static string ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var k = key.ToLowerInvariant();
        foreach (var c in k)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.'))
            {
                throw new ArgumentException($"Metadata key '{key}' has an invalid character '{c}'.", nameof(key));
            }
        }

        if (k.StartsWith("grpc-", StringComparison.Ordinal) || k.StartsWith(':'))
        {
            throw new ArgumentException($"Metadata key '{key}' is reserved.", nameof(key));
        }

        return k;
    }

    internal static byte[] DecodeBase64(string value)
    {
        var s = value.Trim();
        var pad = (4 - (s.Length % 4)) % 4;
        return Convert.FromBase64String(s + new string('=', pad));
    }
}
