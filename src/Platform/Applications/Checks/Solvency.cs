using System.Globalization;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>One person whose money answers for the lease payments (A.14–A.15): the applicant today; guarantors may be added.</summary>
/// <param name="Role">Who it is (<c>tenant</c>, <c>guarantor N</c>).</param>
/// <param name="MonthlyIncomeTiyn">Declared average monthly income.</param>
/// <param name="MonthlyObligationsTiyn">Monthly payments on loans and other financial obligations (credits, alimony).</param>
/// <param name="MonthlyExpensesTiyn">Other regular monthly expenses of the family.</param>
public sealed record SolvencyParty(string Role, long MonthlyIncomeTiyn, long MonthlyObligationsTiyn, long MonthlyExpensesTiyn);

/// <summary>
/// A.15.2 solvency "on the analysis of incomes and expenses" — OUR RULE, the Algorithm gives no figure (docs/algorithm.md):
/// with the parties' incomes, obligations and expenses summed, (1) the lease payment plus the other obligations may be at most
/// <c>ReviewChecks:MaxPaymentShareOfIncome</c> of the income (a debt-burden ratio), and (2) after the payment, the obligations
/// and the expenses something must be left (the residual is not negative). Pure, so further parties (guarantors) only add
/// lines to the input.
/// </summary>
public static class SolvencyRule
{
    /// <summary>
    /// The check's result. Arguments (kept in this order, the texts refer to them): 0 payment, 1 income, 2 debt share %,
    /// 3 limit %, 4 obligations, 5 expenses, 6 residual — amounts in tenge.
    /// </summary>
    public static CheckResult Evaluate(long paymentTiyn, IReadOnlyCollection<SolvencyParty> parties, decimal maxShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(paymentTiyn);
        var income = parties.Sum(p => p.MonthlyIncomeTiyn);
        if (income <= 0) return CheckResult.Failed("solvency.noincome");
        var obligations = parties.Sum(p => p.MonthlyObligationsTiyn);
        var expenses = parties.Sum(p => p.MonthlyExpensesTiyn);
        var ratio = (decimal)(paymentTiyn + obligations) / income;
        var residual = income - obligations - expenses - paymentTiyn;
        string[] args =
        [
            Tenge(paymentTiyn), Tenge(income), Percent(ratio), Percent(maxShare), Tenge(obligations), Tenge(expenses), Tenge(residual),
        ];
        if (ratio > maxShare) return CheckResult.Failed("solvency.low", args);
        return residual < 0 ? CheckResult.Failed("solvency.deficit", args) : CheckResult.Passed("solvency.ok", args);
    }

    /// <summary>An amount in tenge as the checks show it (<c>380 000.00</c>).</summary>
    public static string Tenge(long tiyn) => (tiyn / 100m).ToString("#,0.00", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
