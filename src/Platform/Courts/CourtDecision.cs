namespace RentToOwn.Platform.Courts;

/// <summary>A court decision as the court-records service holds it (seed 000).</summary>
/// <param name="CourtName">The court.</param>
/// <param name="CaseNumber">The case number.</param>
/// <param name="DecisionDate">The day the decision was made.</param>
/// <param name="InForceOn">The day it entered into legal force; null while it has not (e.g. under appeal).</param>
/// <param name="DefendantIin">The tenant the decision is against.</param>
/// <param name="CadastralNumber">The flat it concerns.</param>
/// <param name="DocumentSha256">SHA-256 of the decision document (lowercase hex).</param>
/// <param name="FamilyMembers">The family members living with the tenant whom the court considered.</param>
public sealed record CourtDecision(string CourtName, string CaseNumber, DateOnly DecisionDate, DateOnly? InForceOn, string DefendantIin,
    string CadastralNumber, string DocumentSha256, IReadOnlyList<FamilyMember>? FamilyMembers = null);
