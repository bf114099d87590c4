namespace RentToOwn.Platform.Applications.Checks;

/// <summary>Configuration section <c>ReviewChecks</c> (A.14–A.15).</summary>
public sealed class ReviewCheckOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "ReviewChecks";

    /// <summary>
    /// Solvency rule — OUR ASSUMPTION, the Algorithm gives no figure: the monthly payment of the lease schedule may be at
    /// most this share of the declared monthly income (default 0.5, i.e. payment ≤ 50 % of income).
    /// </summary>
    public decimal MaxPaymentShareOfIncome { get; set; } = 0.5m;

    /// <summary>Credit history rule (our assumption): a payment overdue longer than this many days fails the check (default 30).</summary>
    public int MaxOverdueDays { get; set; } = 30;

    /// <summary>The stand-in sources file, relative to the data directory (default <c>review-sources.json</c>).</summary>
    public string SourcesFile { get; set; } = "review-sources.json";

    /// <summary>A cadastre-simulator seed file for the financing list and ЖТ МДБ; empty: the simulator's built-in seed.</summary>
    public string? StateRegistrySeedFile { get; set; }
}
