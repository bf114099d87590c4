namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15: KTK's published list of affiliated persons (banking law art. 40). <see cref="LocalAffiliateRegistry"/>
/// reads a local copy; the real list is published by KTK.
/// </summary>
public interface IAffiliateRegistry
{
    /// <summary>The person's entry on the list, or null.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The list could not be read.</exception>
    Task<AffiliateEntry?> FindAsync(string iin, CancellationToken ct);
}
