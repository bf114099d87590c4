namespace RentToOwn.Platform.Leases;

/// <summary>A guarantor of a <see cref="LeaseRecord"/> and their place in the signing order.</summary>
public sealed class LeaseGuarantor
{
    /// <summary>1-based position in the signing order after the tenant (A.17).</summary>
    public int Order { get; set; }

    /// <summary>Guarantor's IIN (an individual) or BIN (a sole proprietor or employer), A.2.9.</summary>
    public required string IdentityNumber { get; set; }
}
