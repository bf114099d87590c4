namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15: court records (the Supreme Court's case database). It cannot be reached from here;
/// <see cref="LocalCourtRecords"/> is the stand-in behind this interface.
/// </summary>
public interface ICourtRecords
{
    /// <summary>The cases the person is a party of.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The source did not answer.</exception>
    Task<IReadOnlyList<CourtCase>> CasesAsync(string iin, CancellationToken ct);
}
