using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15 (the questionnaire's data are true): АХАЖ АЖ, the civil registry of marriages and births. <see cref="StateRegistryLookups"/>
/// answers from the cadastre simulator's state registries (the test civil registry).
/// </summary>
public interface ICivilRegistry
{
    /// <summary>The person's marital status and children on record.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The registry could not be read.</exception>
    Task<CivilStatus> StatusAsync(string iin, CancellationToken ct);
}

/// <summary>What АХАЖ АЖ holds about one person.</summary>
/// <param name="CurrentSpouseIin">The current spouse, or null when not married.</param>
/// <param name="HadDissolvedMarriage">A marriage of the person ended (divorce or the spouse's death).</param>
/// <param name="Children">The person's children from the birth records.</param>
public sealed record CivilStatus(string? CurrentSpouseIin, bool HadDissolvedMarriage, IReadOnlyList<ChildRecord> Children);
