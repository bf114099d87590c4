namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>ЗТ МДБ row.</summary>
/// <param name="Bin">BIN.</param>
/// <param name="Name">Name.</param>
/// <param name="HeadIin">Head's IIN.</param>
public sealed record LegalEntityRecord(string Bin, string Name, string HeadIin);
