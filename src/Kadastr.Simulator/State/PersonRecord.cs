namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>ЖТ МДБ row.</summary>
/// <param name="Iin">IIN.</param>
/// <param name="Name">Full name.</param>
/// <param name="Alive">False when a death is recorded.</param>
/// <param name="LegalCapacity">False when declared incapable.</param>
public sealed record PersonRecord(string Iin, string Name, bool Alive, bool LegalCapacity);
