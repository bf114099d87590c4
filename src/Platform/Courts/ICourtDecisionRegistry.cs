namespace RentToOwn.Platform.Courts;

/// <summary>
/// Seed 000: the court-records service a court decision is checked against (the real one: the Supreme Court's
/// case-records system; here <see cref="LocalCourtDecisionRegistry"/>). A decision is never taken on KTK's word.
/// </summary>
public interface ICourtDecisionRegistry
{
    /// <summary>The decision the court registered under <paramref name="caseNumber"/> at <paramref name="courtName"/>, or null when none.</summary>
    /// <exception cref="CourtRecordsUnavailableException">The service cannot answer now (the termination is refused, nothing is stored).</exception>
    Task<CourtDecision?> FindAsync(string courtName, string caseNumber, CancellationToken ct);
}
