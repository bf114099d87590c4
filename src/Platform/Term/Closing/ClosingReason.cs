namespace RentToOwn.Platform.Term.Closing;

/// <summary>Why a lease ends.</summary>
public enum ClosingReason
{
    /// <summary>A.29: the purchase price was paid in full or bought out: termination of the encumbrance and the tenant's ownership.</summary>
    Purchase,
    /// <summary>The tenant ends the lease without purchase, by their own EDS-signed request (seed 000: voluntary).</summary>
    VoluntaryTermination,
    /// <summary>The lease ends against the tenant's will: only on a court decision (seed 000, Constitution art. 25(1)).</summary>
    CourtDecision,
}
