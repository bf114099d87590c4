namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>One calendar year of the preliminary tax schedule (A.17).</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Months">Scheduled payments falling in this year.</param>
/// <param name="TaxableValue">Taxable value after any exemption.</param>
/// <param name="AnnualTax">Tax for a full year.</param>
/// <param name="Tax">Tax for this year: the annual tax × months / 12, rounded to the tiyn.</param>
/// <param name="Payments">Sum of the scheduled lease payments in this year.</param>
public sealed record TaxScheduleRow(int Year, int Months, Money TaxableValue, Money AnnualTax, Money Tax, Money Payments);
