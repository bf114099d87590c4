using System.Globalization;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain;

/// <summary>
/// An amount of Kazakhstan tenge (KZT) held exactly as a whole number of tiyn (1 ₸ = 100 tiyn).
/// Every conversion from a fractional value rounds half away from zero to the tiyn.
/// Serialises to JSON as a decimal tenge number (e.g. <c>139904.22</c>).
/// </summary>
/// <param name="Tiyn">The amount in tiyn.</param>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money(long Tiyn) : IComparable<Money>
{
    /// <summary>Zero tenge.</summary>
    public static Money Zero => default;

    /// <summary>The amount in tenge as a decimal with two fractional digits.</summary>
    public decimal Tenge => Tiyn * 0.01m;

    /// <summary>Converts a tenge amount, rounding half away from zero to the tiyn.</summary>
    public static Money FromTenge(decimal tenge) => RoundTiyn(tenge * 100m);

    /// <summary>Rounds an exact (fractional) number of tiyn half away from zero.</summary>
    public static Money RoundTiyn(decimal tiyn) =>
        new(checked((long)decimal.Round(tiyn, 0, MidpointRounding.AwayFromZero)));

    /// <summary>
    /// Parses a tenge amount written with '.' as decimal separator and at most two fractional digits
    /// (no silent rounding of user input). Throws <see cref="FormatException"/> saying what is wrong.
    /// </summary>
    public static Money ParseTenge(string s)
    {
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{s}' is not an amount in tenge (digits, optional '.' and up to 2 decimals)");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new FormatException($"'{s}' has more than 2 decimals; amounts are in whole tiyn");
        }

        return FromTenge(value);
    }

    /// <summary>Sum.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Tiyn + b.Tiyn));

    /// <summary>Difference.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Tiyn - b.Tiyn));

    /// <summary>Negation.</summary>
    public static Money operator -(Money a) => new(checked(-a.Tiyn));

    /// <summary>Multiple.</summary>
    public static Money operator *(Money a, int factor) => new(checked(a.Tiyn * factor));

    /// <summary>Less than.</summary>
    public static bool operator <(Money a, Money b) => a.Tiyn < b.Tiyn;

    /// <summary>Greater than.</summary>
    public static bool operator >(Money a, Money b) => a.Tiyn > b.Tiyn;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Money a, Money b) => a.Tiyn <= b.Tiyn;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Money a, Money b) => a.Tiyn >= b.Tiyn;

    /// <inheritdoc />
    public int CompareTo(Money other) => Tiyn.CompareTo(other.Tiyn);

    /// <summary>Invariant tenge with two decimals, e.g. <c>25000000.00</c>.</summary>
    public override string ToString() => Tenge.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>For documents: thousands grouped by spaces, decimal comma, e.g. <c>25 000 000,00</c>.</summary>
    public string ToDocumentString()
    {
        var nfi = new NumberFormatInfo { NumberGroupSeparator = " ", NumberDecimalSeparator = ",", NegativeSign = "-" };
        return Tenge.ToString("#,0.00", nfi);
    }
}
