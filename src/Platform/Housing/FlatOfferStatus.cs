namespace RentToOwn.Platform.Housing;

/// <summary>The tenant's answer to a flat offer.</summary>
public enum FlatOfferStatus
{
    /// <summary>Waiting for the tenant.</summary>
    Pending = 0,

    /// <summary>Accepted: the contract is drafted on the flat.</summary>
    Accepted = 1,

    /// <summary>Declined: the flat went back to the stock.</summary>
    Declined = 2,
}
