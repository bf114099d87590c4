namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>ЖМБМК АЖ property row.</summary>
/// <param name="CadastralNumber">Cadastral number.</param>
/// <param name="Address">Address.</param>
/// <param name="CharacteristicsJson">Technical characteristics as JSON.</param>
public sealed record PropertyRecord(string CadastralNumber, string Address, string CharacteristicsJson);
