using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace RentToOwn.Platform.Persistence.Conversions;

/// <summary>
/// Change tracking for documents kept as byte arrays (PDFs, CMS, forms): equal by content, snapshots are copies, as
/// with EF Core's default — but compared as spans (memcmp) instead of element by element through
/// <c>IStructuralEquatable</c>, which boxed every byte (issue 17: the hottest frames of <c>DetectChanges</c>).
/// </summary>
public sealed class ByteArrayComparer() : ValueComparer<byte[]>(
    (a, b) => Same(a, b),
    v => Hash(v),
    v => v.ToArray())
{
    /// <summary>The one instance every byte-array property uses.</summary>
    public static ByteArrayComparer Instance { get; } = new();

    /// <summary>Both null, or the same bytes.</summary>
    public static bool Same(byte[]? a, byte[]? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b));

    /// <summary>A hash of the content.</summary>
    public static int Hash(byte[] v)
    {
        var hash = new HashCode();
        hash.AddBytes(v);
        return hash.ToHashCode();
    }
}
