namespace RentToOwn.Platform.Consents;

/// <summary>Appendix: who the consent is given to and who is named in it, with their BINs (configuration).</summary>
/// <param name="KtkBin">JSC "Kazakhstan Housing Company" (<c>Eds:KtkBin</c>).</param>
/// <param name="StateCorporationBin">NJSC State Corporation "Government for Citizens" (<c>Eds:RegistrarBin</c>).</param>
/// <param name="OperatorName">The platform's operator (<c>Consents:OperatorName</c>).</param>
/// <param name="OperatorBin">Its BIN (<c>Consents:OperatorBin</c>).</param>
public sealed record ConsentParties(string KtkBin, string StateCorporationBin, string OperatorName, string OperatorBin);
