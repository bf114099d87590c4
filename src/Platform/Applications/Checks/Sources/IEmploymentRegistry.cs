namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// A.15 (the questionnaire's employer is true): the state record of who pays a person's mandatory pension contributions
/// (ГЦВП / БЖЗҚ), i.e. the current employer. It cannot be reached from here; <see cref="LocalEmploymentRegistry"/> is the
/// stand-in behind this interface.
/// </summary>
public interface IEmploymentRegistry
{
    /// <summary>The person's current employer on record, or null when no employer pays contributions for them.</summary>
    /// <exception cref="ReviewSourceUnavailableException">The source did not answer.</exception>
    Task<EmploymentRecord?> CurrentEmployerAsync(string iin, CancellationToken ct);
}

/// <summary>A person's current employer as the pension-contribution records name it.</summary>
/// <param name="Iin">The employee's IIN.</param>
/// <param name="EmployerBin">The employer's BIN.</param>
/// <param name="EmployerName">The employer's registered name.</param>
public sealed record EmploymentRecord(string Iin, string EmployerBin, string EmployerName);
