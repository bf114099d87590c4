namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>The registrar's checklist (A.21, A.23) and remark.</summary>
/// <param name="SignaturesAuthentic">The signatures on the application and contract are the parties' own.</param>
/// <param name="LegalCapacity">The parties have legal capacity.</param>
/// <param name="FreeWill">The deal is voluntary.</param>
/// <param name="SpousesPresent">Both spouses took part (A.23; only asked when the tenant is married).</param>
/// <param name="Remark">Optional remark.</param>
public sealed record VerdictChecklist(bool SignaturesAuthentic, bool LegalCapacity, bool FreeWill, bool SpousesPresent, string? Remark);
