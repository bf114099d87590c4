namespace RentToOwn.Platform.Leases;

/// <summary>A guarantor of a <see cref="LeaseRecord"/> and their place in the signing order.</summary>
public sealed class LeaseGuarantor
{
    /// <summary>1-based position in the signing order after the tenant (A.17).</summary>
    public int Order { get; set; }

    /// <summary>Full or registered name.</summary>
    public required string Name { get; set; }

    /// <summary>IIN of an individual guarantor (A.2.9); for an entity, the IIN of the head acting for it (A.11), who signs for it.</summary>
    public string? Iin { get; set; }

    /// <summary>BIN of a sole proprietor or employer (A.2.9); null for an individual.</summary>
    public string? Bin { get; set; }
}
