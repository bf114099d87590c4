namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>STAND-IN copy of KTK's published affiliate list: answers from <see cref="ReviewSourceFile"/>'s <c>affiliates</c>.</summary>
public sealed class LocalAffiliateRegistry(ReviewSourceFile file) : IAffiliateRegistry
{
    /// <inheritdoc />
    public async Task<AffiliateEntry?> FindAsync(string iin, CancellationToken ct) =>
        (await file.ReadAsync(ct)).Affiliates?.FirstOrDefault(a => a.Iin == iin);
}
