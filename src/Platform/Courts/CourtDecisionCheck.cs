namespace RentToOwn.Platform.Courts;

/// <summary>
/// Seed 000: what a court decision must be for an involuntary termination: registered by the court-records service,
/// against this tenant and this flat, made on the stated day, in legal force, and its document the one uploaded.
/// Pure (no storage, no clock): the caller gives the decision found and today's date.
/// </summary>
public static class CourtDecisionCheck
{
    /// <summary>Why <paramref name="found"/> does not support the termination (empty when it does).</summary>
    public static IReadOnlyList<string> Problems(CourtDecision? found, string courtName, string caseNumber, DateOnly decisionDate,
        string tenantIin, string cadastralNumber, string documentSha256, DateOnly today)
    {
        if (found is null) return [$"the court-records service has no decision in case {caseNumber} of {courtName}"];
        var problems = new List<string>();
        if (found.DefendantIin != tenantIin) problems.Add("the decision does not name this lease's tenant");
        if (!string.Equals(found.CadastralNumber, cadastralNumber, StringComparison.Ordinal)) problems.Add("the decision does not name this lease's flat");
        if (found.DecisionDate != decisionDate) problems.Add($"the decision is dated {found.DecisionDate:yyyy-MM-dd}, not {decisionDate:yyyy-MM-dd}");
        if (found.InForceOn is not { } inForce || inForce > today) problems.Add("the decision has not entered into legal force");
        if (!string.Equals(found.DocumentSha256, documentSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("the uploaded document is not the decision the court registered (its SHA-256 differs)");
        }

        return problems;
    }

    /// <summary>Seed 000: the family members the ruling considered, minors first (youngest first), then the others in the court's order.</summary>
    public static IReadOnlyList<FamilyMember> MinorsFirst(IEnumerable<FamilyMember>? members, DateOnly day) =>
        (members ?? []).Select((m, i) => (m, i))
            .OrderBy(x => x.m.IsMinorOn(day) ? 0 : 1)
            .ThenBy(x => x.m.IsMinorOn(day) ? -x.m.BirthDate.DayNumber : x.i)
            .Select(x => x.m).ToList();
}
