namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>Configuration of the tax estimate (section <c>Domain:Taxes</c>).</summary>
public sealed class TaxOptions
{
    /// <summary>
    /// МРП / MRP (monthly calculation index) in tenge per year, set each year by the republican budget law:
    /// 3 932 ₸ in 2025, 4 325 ₸ in 2026. Years not listed use the latest earlier year.
    /// </summary>
    public Dictionary<int, decimal> MrpByYear { get; set; } = new() { [2025] = 3_932m, [2026] = 4_325m };

    /// <summary>
    /// Tax-free part of the value in MRP for exempt categories (Tax Code 2017 art. 526 p. 2: e.g. 1 000 MRP for
    /// pensioners living alone); 0 when the tenant has no exemption.
    /// </summary>
    public decimal ExemptMrp { get; set; }

    /// <summary>Luxury coefficient set by local representative bodies (Tax Code 2025; 1 by default, at most 1.5).</summary>
    public decimal LuxuryCoefficient { get; set; } = 1m;

    /// <summary>The MRP for <paramref name="year"/> (latest configured year at or before it; the earliest if none).</summary>
    public decimal MrpFor(int year)
    {
        if (MrpByYear.Count == 0)
        {
            throw new InvalidOperationException("no MRP values configured (Domain:Taxes:MrpByYear)");
        }

        var known = MrpByYear.Keys.Where(y => y <= year).DefaultIfEmpty(MrpByYear.Keys.Min()).Max();
        return MrpByYear[known];
    }
}
