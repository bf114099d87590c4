namespace RentToOwn.Kadastr.Simulator.Demo;

/// <summary>Who takes part in a demo application (defaults: the Eds demo parties, present in the default seed).</summary>
/// <param name="RecipientIin">The tenant.</param>
/// <param name="SpouseIin">The spouse who joins the video session, or null.</param>
/// <param name="KtkBin">KTK's BIN.</param>
/// <param name="KtkSignerIin">KTK's authorised person.</param>
/// <param name="RegistrarIin">The State Corporation registrar.</param>
/// <param name="RegistrarBin">The registrar's organisation.</param>
public sealed record DemoParticipants(
    string RecipientIin = "900501300120",
    string? SpouseIin = "910712450231",
    string KtkBin = "040540000103",
    string KtkSignerIin = "800203300457",
    string RegistrarIin = "921212300671",
    string RegistrarBin = "120340000202");
