namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>ЖТ МДБ (state database "Individuals"): one person.</summary>
/// <param name="Iin">IIN.</param>
/// <param name="Name">Full name.</param>
/// <param name="Alive">False when a death is recorded.</param>
/// <param name="LegalCapacity">False when a court declared the person incapable.</param>
public sealed record SeedPerson(string Iin, string Name, bool Alive, bool LegalCapacity);
