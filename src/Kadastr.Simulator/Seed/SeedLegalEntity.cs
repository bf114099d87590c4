namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>ЗТ МДБ (state database "Legal entities"): one entity.</summary>
/// <param name="Bin">BIN.</param>
/// <param name="Name">Registered name.</param>
/// <param name="HeadIin">IIN of the head.</param>
public sealed record SeedLegalEntity(string Bin, string Name, string HeadIin);
