namespace RentToOwn.Eds.Verification;

/// <summary>Compares byte slices by content; a fast non-cryptographic hash is enough for a cache lookup.</summary>
internal sealed class RawBytesComparer : IEqualityComparer<ReadOnlyMemory<byte>>
{
    public static RawBytesComparer Instance { get; } = new();

    public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

    public int GetHashCode(ReadOnlyMemory<byte> obj)
    {
        var hash = new HashCode();
        hash.AddBytes(obj.Span);
        return hash.ToHashCode();
    }
}
