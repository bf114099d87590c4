namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>ЖМБМК АЖ: a property object with its technical characteristics and registered rights.</summary>
/// <param name="CadastralNumber">The cadastral number.</param>
/// <param name="Address">The address.</param>
/// <param name="Characteristics">Technical characteristics.</param>
/// <param name="Rights">Registered rights and encumbrances.</param>
public sealed record SeedProperty(string CadastralNumber, string Address, SeedCharacteristics Characteristics, IReadOnlyList<SeedRight> Rights);
