namespace RentToOwn.Platform.Term.Courts;

/// <summary>Seed 000: how a lease may end without purchase.</summary>
public enum TerminationKind
{
    /// <summary>The tenant's own will, proven by the tenant's EDS signature over the request.</summary>
    Voluntary,
    /// <summary>Against the tenant's will (e.g. arrears): only on a court decision.</summary>
    Involuntary,
}
