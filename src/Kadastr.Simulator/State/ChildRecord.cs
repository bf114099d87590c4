namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>АХАЖ АЖ: a child of a person, from the birth records.</summary>
/// <param name="Iin">The child's IIN.</param>
/// <param name="BornOn">Date of birth.</param>
public sealed record ChildRecord(string Iin, DateOnly BornOn);
