using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A.15 civil standing: ЖТ МДБ (the state database of individuals). <see cref="StateRegistryLookups"/> answers from the cadastre simulator's state registries.</summary>
public interface IPersonRegistry
{
    /// <summary>The person's ЖТ МДБ record, or null when there is none.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The registry could not be read.</exception>
    Task<PersonRecord?> FindAsync(string iin, CancellationToken ct);
}
