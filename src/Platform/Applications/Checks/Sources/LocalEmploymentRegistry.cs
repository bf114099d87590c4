namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>STAND-IN pension-contribution records: answers from <see cref="ReviewSourceFile"/>'s <c>employment</c>.</summary>
public sealed class LocalEmploymentRegistry(ReviewSourceFile file) : IEmploymentRegistry
{
    /// <inheritdoc />
    public async Task<EmploymentRecord?> CurrentEmployerAsync(string iin, CancellationToken ct) =>
        (await file.ReadAsync(ct)).Employment?.FirstOrDefault(e => e.Iin == iin);
}
