namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A.15 civil standing: ЖТ МДБ (the state database of individuals). <see cref="StateRegistryLookups"/> answers from the cadastre simulator's state registries.</summary>
public interface IPersonRegistry
{
    /// <summary>The person's ЖТ МДБ record, or null when there is none.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The registry could not be read.</exception>
    Task<CivilRecord?> FindAsync(string iin, CancellationToken ct);
}

/// <summary>
/// The Platform's own view of a person's ЖТ МДБ record — what the A.15 civil-standing check reads — so an adapter to the
/// real registry returns this, not the cadastre simulator's type.
/// </summary>
/// <param name="Iin">The person's IIN.</param>
/// <param name="Name">Full name as registered.</param>
/// <param name="Alive">False when a death is registered.</param>
/// <param name="LegalCapacity">False when a court declared the person incapable.</param>
public sealed record CivilRecord(string Iin, string Name, bool Alive, bool LegalCapacity);
