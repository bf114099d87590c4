namespace RentToOwn.Platform.Courts;

/// <summary>
/// Seed 000: what a court decision must be for an involuntary termination: registered by the court-records service,
/// against this tenant and this flat, made on the stated day, in legal force, and its document the one uploaded.
/// Pure (no storage, no clock): the caller gives the decision found and today's date.
/// </summary>
public static class CourtDecisionCheck
{
    /// <summary>Why <paramref name="found"/> does not support the termination, as text keys (<see cref="CourtMismatchTexts"/>); empty when it does.</summary>
    public static IReadOnlyList<Outcome.Text> Problems(CourtDecision? found, string courtName, string caseNumber, DateOnly decisionDate,
        string tenantIin, string cadastralNumber, string documentSha256, DateOnly today)
    {
        if (found is null) return [new("courts.mismatch.no_decision", caseNumber, courtName)];
        var problems = new List<Outcome.Text>();
        if (found.DefendantIin != tenantIin) problems.Add(new("courts.mismatch.not_tenant"));
        if (!string.Equals(found.CadastralNumber, cadastralNumber, StringComparison.Ordinal)) problems.Add(new("courts.mismatch.not_flat"));
        if (found.DecisionDate != decisionDate) problems.Add(new("courts.mismatch.dated", Day(found.DecisionDate), Day(decisionDate)));
        if (found.InForceOn is not { } inForce || inForce > today) problems.Add(new("courts.mismatch.not_in_force"));
        if (!string.Equals(found.DocumentSha256, documentSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new("courts.mismatch.document_differs"));
        }

        return problems;

        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Seed 000: the family members the ruling considered, minors first (youngest first), then the others in the court's order.</summary>
    public static IReadOnlyList<FamilyMember> MinorsFirst(IEnumerable<FamilyMember>? members, DateOnly day) =>
        (members ?? []).Select((m, i) => (m, i))
            .OrderBy(x => x.m.IsMinorOn(day) ? 0 : 1)
            .ThenBy(x => x.m.IsMinorOn(day) ? -x.m.BirthDate.DayNumber : x.i)
            .Select(x => x.m).ToList();
}
