namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15: the list of organisations and persons linked to financing of terrorism and extremism (Financial
/// Monitoring Agency). <see cref="StateRegistryLookups"/> answers from the cadastre simulator's state registries.
/// </summary>
public interface IFinancingList
{
    /// <summary>Whether the IIN/BIN is on the list.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The list could not be read.</exception>
    Task<bool> IsListedAsync(string iinOrBin, CancellationToken ct);
}
