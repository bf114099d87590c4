namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>STAND-IN court records: answers from <see cref="ReviewSourceFile"/>'s <c>litigation</c>.</summary>
public sealed class LocalCourtRecords(ReviewSourceFile file) : ICourtRecords
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CourtCase>> CasesAsync(string iin, CancellationToken ct) =>
        (await file.ReadAsync(ct)).Litigation?.Where(c => c.Iin == iin).ToList() ?? [];
}
