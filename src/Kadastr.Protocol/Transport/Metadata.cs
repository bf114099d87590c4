using System.Collections;

namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>
/// gRPC custom metadata: ordered key/value pairs sent as HTTP/2 headers or trailers. Keys are
/// lower-case ASCII; keys ending in <c>-bin</c> carry binary values (base64 on the wire).
/// </summary>
public sealed class Metadata : IEnumerable<MetadataEntry>
{
    private readonly List<MetadataEntry> entries = [];

    /// <summary>The bearer-token header used for authentication.</summary>
    public const string AuthorizationKey = "authorization";

    /// <summary>Number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Adds a text entry.</summary>
    /// <exception cref="ArgumentException">The key is not a valid metadata key, or binary-suffixed.</exception>
    public void Add(string key, string value)
    {
        var k = MetadataEntry.ValidateKey(key);
        if (k.EndsWith(MetadataEntry.BinarySuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Key '{key}' is binary; add a byte[] value.", nameof(key));
        }

        entries.Add(new MetadataEntry(k, value, null));
    }

    /// <summary>Adds a binary entry (the key must end in <c>-bin</c>).</summary>
    public void Add(string key, byte[] value)
    {
        var k = MetadataEntry.ValidateKey(key);
        if (!k.EndsWith(MetadataEntry.BinarySuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Binary key '{key}' must end in '-bin'.", nameof(key));
        }

        entries.Add(new MetadataEntry(k, string.Empty, value));
    }

    /// <summary>Adds an existing entry.</summary>
    public void Add(MetadataEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entries.Add(entry);
    }

    /// <summary>The first text value for a key, or null.</summary>
    public string? GetValue(string key)
    {
        var k = key.ToLowerInvariant();
        foreach (var e in entries)
        {
            if (e.Key == k)
            {
                return e.Value;
            }
        }

        return null;
    }

    /// <summary>The first binary value for a key, or null.</summary>
    public byte[]? GetBytes(string key)
    {
        var k = key.ToLowerInvariant();
        return entries.FirstOrDefault(e => e.Key == k)?.ValueBytes;
    }

    /// <inheritdoc />
    public IEnumerator<MetadataEntry> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds an entry as it arrived on the wire (binary values base64-decoded).</summary>
    internal void AddWire(string key, string wireValue)
    {
        if (key.EndsWith(MetadataEntry.BinarySuffix, StringComparison.Ordinal))
        {
            entries.Add(new MetadataEntry(key, string.Empty, MetadataEntry.DecodeBase64(wireValue)));
        }
        else
        {
            entries.Add(new MetadataEntry(key, wireValue, null));
        }
    }
}
