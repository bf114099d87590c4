namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// The stand-in data of the credit bureau, court records, KTK's affiliate list and the pension-contribution records (<c>review-sources.json</c> in the
/// data directory). A person absent from a list has a clean record there.
/// </summary>
/// <param name="CreditHistory">People with a credit history worth a look.</param>
/// <param name="Litigation">Court cases.</param>
/// <param name="Affiliates">KTK's affiliate list.</param>
/// <param name="Employment">Pension-contribution records: each person's current employer (absent: no employer on record).</param>
public sealed record ReviewSourceSeed(
    IReadOnlyList<CreditHistoryEntry>? CreditHistory, IReadOnlyList<CourtCase>? Litigation, IReadOnlyList<AffiliateEntry>? Affiliates,
    IReadOnlyList<EmploymentRecord>? Employment = null);
