namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>STAND-IN credit bureau: answers from <see cref="ReviewSourceFile"/>'s <c>creditHistory</c>.</summary>
public sealed class LocalCreditBureau(ReviewSourceFile file) : ICreditBureau
{
    /// <inheritdoc />
    public async Task<CreditReport> ReportAsync(string iin, CancellationToken ct)
    {
        var e = (await file.ReadAsync(ct)).CreditHistory?.FirstOrDefault(c => c.Iin == iin);
        return e is null ? new CreditReport(false, 0, 0) : new CreditReport(true, e.CurrentOverdueDays, e.Defaults);
    }
}
