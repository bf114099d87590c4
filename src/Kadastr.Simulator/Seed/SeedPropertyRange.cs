namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>A generated run of flats: <c>{Prefix}{n}</c> for n = 1..Count, owned by <see cref="OwnerBin"/>.</summary>
/// <param name="Prefix">Cadastral number prefix.</param>
/// <param name="Count">How many.</param>
/// <param name="Address">Address template; <c>{n}</c> is replaced by the number.</param>
/// <param name="OwnerBin">The owner.</param>
/// <param name="Characteristics">Shared characteristics.</param>
public sealed record SeedPropertyRange(string Prefix, int Count, string Address, string OwnerBin, SeedCharacteristics Characteristics);
