using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Leases;

/// <summary>
/// Кепілгер / guarantor (A.2.9, A.11–A.12): an individual (IIN) over 21 and below retirement age, or a sole
/// proprietor or legal entity (BIN). Exactly one of <paramref name="Iin"/> and <paramref name="Bin"/> is set.
/// </summary>
/// <param name="Name">Full name or registered name.</param>
/// <param name="Iin">IIN of an individual guarantor.</param>
/// <param name="Bin">BIN of a sole proprietor or legal entity (e.g. the employer).</param>
public sealed record Guarantor(string Name, Iin? Iin, Bin? Bin)
{
    /// <summary>An individual guarantor.</summary>
    public static Guarantor Individual(string name, Iin iin) => new(name, iin, null);

    /// <summary>A sole proprietor or legal entity guarantor.</summary>
    public static Guarantor Entity(string name, Bin bin) => new(name, null, bin);

    /// <summary>The IIN or BIN as 12 digits.</summary>
    public string Number => Iin?.Value ?? Bin?.Value ?? string.Empty;
}
