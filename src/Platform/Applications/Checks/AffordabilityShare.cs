using RentToOwn.Domain;
using RentToOwn.Domain.Leases.Taxes;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>Seed 003: the housing-cost share of an application's income as the officer and the tenant see it (information only).</summary>
/// <param name="Share">The domain's indicator (housing cost / income, flagged above 20 %).</param>
/// <param name="MonthlyPayment">The lease's (or KTK's offer's) monthly payment.</param>
/// <param name="MonthlyTax">A twelfth of the first year's property tax estimate.</param>
/// <param name="TermMonths">The term in months (KTK's offer: 3.1 % a year, at most 240 months).</param>
public sealed record AffordabilityShare(Affordability Share, Money MonthlyPayment, Money MonthlyTax, int TermMonths)
{
    /// <summary>The share in percent, one decimal (e.g. <c>22.4</c>).</summary>
    public string Percent => (Share.HousingCostToIncome * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
