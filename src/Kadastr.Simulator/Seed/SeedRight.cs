namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>A registered right or encumbrance: OWNERSHIP, MORTGAGE, ARREST or LEASE_ENCUMBRANCE.</summary>
/// <param name="Kind">The entry kind (proto <c>RegistrationEntryKind</c> name).</param>
/// <param name="Holders">IIN/BIN of the holders.</param>
/// <param name="Basis">The document it rests on.</param>
/// <param name="Blocking">Whether it blocks registering a lease (an arrest always does).</param>
public sealed record SeedRight(string Kind, IReadOnlyList<string> Holders, string? Basis = null, bool? Blocking = null);
