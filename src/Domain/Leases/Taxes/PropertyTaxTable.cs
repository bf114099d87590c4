namespace RentToOwn.Domain.Leases.Taxes;

/// <summary>A progressive scale of the individual property tax on dwellings.</summary>
/// <param name="Brackets">Brackets in increasing order of <see cref="PropertyTaxBracket.Above"/>, the first at 0.</param>
/// <param name="Source">The law the scale comes from.</param>
public sealed record PropertyTaxTable(IReadOnlyList<PropertyTaxBracket> Brackets, string Source)
{
    /// <summary>
    /// The scale for individuals' dwellings: Tax Code of 25.12.2017 No. 120-VI, art. 531 p. 1 (base per art. 529),
    /// in force until 31.12.2025. The Tax Code of 18.07.2025 No. 214-VIII (in force from 01.01.2026) keeps the same
    /// scale for dwellings valued up to 450 000 000 ₸, with 2 946 600 ₸ + 2 % above that (as stated by the State Revenue
    /// Department of Mangystau region, reported by lada.kz on 08.09.2025), and adds a local luxury coefficient (1 by default).
    /// </summary>
    public static PropertyTaxTable Individuals { get; } = new(
        [
            B(0, 0, 0.05m),
            B(2_000_000, 1_000, 0.08m),
            B(4_000_000, 2_600, 0.1m),
            B(6_000_000, 4_600, 0.15m),
            B(8_000_000, 7_600, 0.2m),
            B(10_000_000, 11_600, 0.25m),
            B(12_000_000, 16_600, 0.3m),
            B(14_000_000, 22_600, 0.35m),
            B(16_000_000, 29_600, 0.4m),
            B(18_000_000, 37_600, 0.45m),
            B(20_000_000, 46_600, 0.5m),
            B(75_000_000, 321_600, 0.6m),
            B(100_000_000, 471_600, 0.65m),
            B(150_000_000, 796_600, 0.7m),
            B(350_000_000, 2_196_600, 0.75m),
            B(450_000_000, 2_946_600, 2m),
        ],
        "Tax Code of RK No. 120-VI (2017) art. 531 p. 1; same scale in Tax Code No. 214-VIII (2025) for 2026");

    /// <summary>The yearly tax on a dwelling of taxable value <paramref name="value"/>, rounded half away from zero to the tiyn.</summary>
    public Money Compute(Money value)
    {
        if (value <= Money.Zero)
        {
            return Money.Zero;
        }

        var bracket = Brackets[0];
        foreach (var b in Brackets)
        {
            if (value > b.Above)
            {
                bracket = b;
            }
        }

        var excess = (value - bracket.Above).Tiyn;
        return bracket.Base + Money.RoundTiyn(excess * bracket.RatePercent / 100m);
    }

    /// <summary>Throws when brackets are empty, unordered, or do not start at 0.</summary>
    public PropertyTaxTable EnsureValid()
    {
        if (Brackets.Count == 0 || Brackets[0].Above != Money.Zero)
        {
            throw new ArgumentException("a property tax table needs brackets starting at 0");
        }

        for (var i = 1; i < Brackets.Count; i++)
        {
            if (Brackets[i].Above <= Brackets[i - 1].Above)
            {
                throw new ArgumentException($"property tax bracket {i + 1} does not start above bracket {i}");
            }
        }

        return this;
    }

    private static PropertyTaxBracket B(long above, long baseTax, decimal rate) =>
        new(Money.FromTenge(above), Money.FromTenge(baseTax), rate);
}
