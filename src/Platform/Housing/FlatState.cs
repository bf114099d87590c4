namespace RentToOwn.Platform.Housing;

/// <summary>Where a flat of KTK's housing stock stands (A.5, A.17).</summary>
public enum FlatState
{
    /// <summary>Imported, nobody holds it: it can be offered.</summary>
    Free = 0,

    /// <summary>Offered to one approved applicant, who has not answered yet.</summary>
    Offered = 1,

    /// <summary>Accepted: a rent-to-own contract is drafted (and then signed, registered) on it.</summary>
    Leased = 2,

    /// <summary>Bought out: ownership passed to the tenant (A.29, A.34).</summary>
    Sold = 3,
}
