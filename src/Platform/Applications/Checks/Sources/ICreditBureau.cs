namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15: the credit bureau (in Kazakhstan, the First Credit Bureau / State Credit Bureau). It cannot be reached
/// from here; <see cref="LocalCreditBureau"/> is the stand-in behind this interface.
/// </summary>
public interface ICreditBureau
{
    /// <summary>The person's credit report.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The bureau did not answer.</exception>
    Task<CreditReport> ReportAsync(string iin, CancellationToken ct);
}
