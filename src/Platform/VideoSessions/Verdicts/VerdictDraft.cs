namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>A verdict prepared for the registrar's signature (A.21, A.30).</summary>
/// <param name="Findings">The exact <c>VideoSessionFindings</c> bytes to sign (what the cadastre verifies).</param>
/// <param name="Checklist">The normalized checklist the findings were built from (the remark is kept beside them).</param>
/// <param name="Confirmed">The decision: every item of the checklist holds.</param>
/// <param name="HeldAt">The time the findings carry (when the platform prepared them).</param>
public sealed record VerdictDraft(byte[] Findings, VerdictChecklist Checklist, bool Confirmed, DateTimeOffset HeldAt);
