namespace RentToOwn.Platform.Applications.Checks;

/// <summary>A.15: one earlier run of the review checks (kept as history when they are run again).</summary>
/// <param name="CheckedAt">When the run was made.</param>
/// <param name="CheckedByIin">The officer who ran it.</param>
/// <param name="Passed">Checks passed.</param>
/// <param name="Failed">Checks failed.</param>
/// <param name="Unavailable">Checks unavailable.</param>
public sealed record CheckRun(DateTimeOffset CheckedAt, string CheckedByIin, int Passed, int Failed, int Unavailable);
