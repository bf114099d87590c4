namespace RentToOwn.Domain.Leases;

/// <summary>The money terms of a rent-to-own lease (A.17).</summary>
/// <param name="Price">Purchase price of the flat.</param>
/// <param name="AnnualRatePercent">Annual rent rate in percent (KTK's programme: <see cref="ProgrammeRatePercent"/>).</param>
/// <param name="TermMonths">Term in months, 1 to <see cref="MaxTermMonths"/>.</param>
/// <param name="StartDate">Start date; payment k falls due k months later.</param>
/// <param name="DownPayment">Down payment (the programme has none; zero by default).</param>
public sealed record LeaseTerms(Money Price, decimal AnnualRatePercent, int TermMonths, DateOnly StartDate, Money DownPayment = default)
{
    /// <summary>KTK's programme rate: 3.1 % a year.</summary>
    public const decimal ProgrammeRatePercent = 3.1m;

    /// <summary>Longest term: 240 months (20 years).</summary>
    public const int MaxTermMonths = 240;

    /// <summary>Highest annual rate accepted, in percent (a guard against typing 31 for 3.1).</summary>
    public const decimal MaxRatePercent = 30m;

    /// <summary>The purchase price still to pay through the schedule: price minus down payment.</summary>
    public Money Financed => Price - DownPayment;

    /// <summary>The monthly rate r = annual rate / 12 as a fraction.</summary>
    public decimal MonthlyRate => AnnualRatePercent / 100m / 12m;

    /// <summary>What is wrong with these terms (empty when valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Price <= Money.Zero)
        {
            problems.Add($"price must be positive, got {Price}");
        }

        if (DownPayment < Money.Zero)
        {
            problems.Add($"down payment must not be negative, got {DownPayment}");
        }
        else if (Price > Money.Zero && DownPayment >= Price)
        {
            problems.Add($"down payment {DownPayment} must be less than the price {Price}");
        }

        if (AnnualRatePercent < 0m || AnnualRatePercent > MaxRatePercent)
        {
            problems.Add($"annual rate must be between 0 and {MaxRatePercent} %, got {AnnualRatePercent} %");
        }

        if (TermMonths < 1 || TermMonths > MaxTermMonths)
        {
            problems.Add($"term must be 1 to {MaxTermMonths} months (A.17), got {TermMonths}");
        }

        return problems;
    }

    /// <summary>Throws <see cref="LeaseValidationException"/> listing every problem, if any.</summary>
    public LeaseTerms EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0 ? this : throw new LeaseValidationException(problems);
    }
}
