namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>Technical characteristics of a property.</summary>
/// <param name="Purpose">Purpose (e.g. dwelling).</param>
/// <param name="AreaSqm">Total area in m².</param>
/// <param name="Rooms">Number of rooms.</param>
/// <param name="Floor">Floor.</param>
/// <param name="YearBuilt">Year of construction.</param>
public sealed record SeedCharacteristics(string Purpose, double AreaSqm, int Rooms, int Floor, int YearBuilt);
