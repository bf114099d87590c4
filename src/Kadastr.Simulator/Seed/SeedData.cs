namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>The JSON file the simulator's state registries are seeded from.</summary>
/// <param name="Persons">ЖТ МДБ: individuals.</param>
/// <param name="LegalEntities">ЗТ МДБ: legal entities.</param>
/// <param name="Marriages">АХАЖ АЖ: marriage records.</param>
/// <param name="SanctionsList">IIN/BIN on the terrorism and extremism financing list.</param>
/// <param name="Properties">ЖМБМК АЖ: property objects with their registered rights.</param>
/// <param name="PropertyRanges">Generated runs of similar flats (for load runs).</param>
/// <param name="Births">АХАЖ АЖ: birth records (parent → child), optional.</param>
public sealed record SeedData(
    IReadOnlyList<SeedPerson> Persons,
    IReadOnlyList<SeedLegalEntity> LegalEntities,
    IReadOnlyList<SeedMarriage> Marriages,
    IReadOnlyList<string> SanctionsList,
    IReadOnlyList<SeedProperty> Properties,
    IReadOnlyList<SeedPropertyRange>? PropertyRanges,
    IReadOnlyList<SeedBirth>? Births = null);
