namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>АХАЖ АЖ (civil registry): one birth record naming a parent (a child with two parents has two records).</summary>
/// <param name="ParentIin">A parent.</param>
/// <param name="ChildIin">The child.</param>
/// <param name="BornOn">Date of birth (ISO yyyy-MM-dd).</param>
public sealed record SeedBirth(string ParentIin, string ChildIin, DateOnly BornOn);
