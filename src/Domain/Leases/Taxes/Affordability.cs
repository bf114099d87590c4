namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>Payment-to-income indicator of a schedule for a known monthly family income.</summary>
/// <param name="MonthlyFamilyIncome">Total monthly family income.</param>
/// <param name="MonthlyHousingCost">Monthly payment plus one twelfth of the first year's annual property tax.</param>
/// <param name="PaymentToIncome">Monthly payment / income.</param>
/// <param name="HousingCostToIncome">Monthly housing cost / income.</param>
/// <param name="ExceedsHousingAidThreshold">
/// True when housing costs exceed 20 % of family income: the threshold above which housing aid is granted
/// (seed 003, housing aid rules, point 2).
/// </param>
public sealed record Affordability(
    Money MonthlyFamilyIncome,
    Money MonthlyHousingCost,
    decimal PaymentToIncome,
    decimal HousingCostToIncome,
    bool ExceedsHousingAidThreshold)
{
    /// <summary>Housing-aid threshold: 20 % of family income (seed 003, point 2).</summary>
    public const decimal HousingAidThreshold = 0.20m;

    /// <summary>Computes the indicator; <paramref name="annualTax"/> is the full-year property tax estimate.</summary>
    public static Affordability For(PaymentSchedule schedule, Money monthlyFamilyIncome, Money annualTax)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (monthlyFamilyIncome <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyFamilyIncome), monthlyFamilyIncome, "monthly family income must be positive");
        }

        var cost = schedule.MonthlyPayment + Money.RoundTiyn(annualTax.Tiyn / 12m);
        var income = (decimal)monthlyFamilyIncome.Tiyn;
        var housingRatio = cost.Tiyn / income;
        return new Affordability(
            monthlyFamilyIncome,
            cost,
            decimal.Round(schedule.MonthlyPayment.Tiyn / income, 4, MidpointRounding.AwayFromZero),
            decimal.Round(housingRatio, 4, MidpointRounding.AwayFromZero),
            housingRatio > HousingAidThreshold);
    }
}
