namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A court case a person is a party of.</summary>
/// <param name="Iin">The party's IIN.</param>
/// <param name="CaseNumber">Case number.</param>
/// <param name="Role">The person's role (plaintiff, defendant, …).</param>
/// <param name="Subject">What the case is about.</param>
/// <param name="Open">Still pending.</param>
public sealed record CourtCase(string Iin, string CaseNumber, string Role, string Subject, bool Open);
