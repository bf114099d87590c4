namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>АХАЖ АЖ (civil registry): one marriage record.</summary>
/// <param name="SpouseIin">One spouse.</param>
/// <param name="OtherSpouseIin">The other spouse.</param>
/// <param name="Dissolved">True after a divorce (or a spouse's death).</param>
public sealed record SeedMarriage(string SpouseIin, string OtherSpouseIin, bool Dissolved);
