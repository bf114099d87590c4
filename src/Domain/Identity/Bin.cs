using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain.Identity;

/// <summary>
/// БСН / BIN: the 12-digit business identification number. Digits 1–4 are the registration YYMM,
/// digit 5 the entity type (4 resident, 5 non-resident, 6 sole proprietor), digit 6 the attribute
/// (0 head office, 1 branch, 2 representative office, 3 peasant farm), digits 7–11 a serial,
/// digit 12 the control digit (<see cref="ControlDigit"/>). Immutable; serialises to JSON as its 12-digit string.
/// </summary>
[JsonConverter(typeof(BinJsonConverter))]
public sealed record Bin
{
    /// <summary>
    /// Two-digit registration years at or above this pivot are read as 19YY, below it as 20YY
    /// (entities registered before BINs were introduced in the 2000s kept their 1990s registration date).
    /// </summary>
    public const int CenturyPivot = 90;

    private Bin(string value, int year, int month, BinEntityType type, BinAttribute attribute)
    {
        Value = value;
        RegistrationYear = year;
        RegistrationMonth = month;
        EntityType = type;
        Attribute = attribute;
    }

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    /// <summary>Registration year from digits 1–2 (see <see cref="CenturyPivot"/>).</summary>
    public int RegistrationYear { get; }

    /// <summary>Registration month (1–12) from digits 3–4.</summary>
    public int RegistrationMonth { get; }

    /// <summary>Digit 5.</summary>
    public BinEntityType EntityType { get; }

    /// <summary>Digit 6.</summary>
    public BinAttribute Attribute { get; }

    /// <summary>Parses a BIN; throws <see cref="IdentityNumberException"/> saying what is wrong.</summary>
    public static Bin Parse(string s) =>
        TryParseCore(s, out var value) is { } error ? throw error : value!;

    /// <summary>Parses a BIN; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out Bin? value, [NotNullWhen(false)] out string? error)
    {
        var failure = TryParseCore(s, out value);
        error = failure?.Message;
        return failure is null;
    }

    /// <summary>The 12 digits.</summary>
    public override string ToString() => Value;

    internal static IdentityNumberException? TryParseCore(string? s, out Bin? value)
    {
        value = null;
        if (!IdentityNumberSyntax.IsWellFormed(s, "BIN", out var syntax))
        {
            return syntax;
        }

        var yy = int.Parse(s.AsSpan(0, 2));
        var month = int.Parse(s.AsSpan(2, 2));
        if (month is < 1 or > 12)
        {
            return new IdentityNumberException(
                IdentityError.ImpossibleDate, $"BIN {s}: registration month {month:D2} is not a calendar month");
        }

        var typeDigit = s[4] - '0';
        if (typeDigit is < 4 or > 6)
        {
            return new IdentityNumberException(
                IdentityError.EntityType, $"BIN {s}: digit 5 is {typeDigit}, but the entity type must be 4, 5 or 6");
        }

        var attributeDigit = s[5] - '0';
        if (attributeDigit > 3)
        {
            return new IdentityNumberException(
                IdentityError.Attribute, $"BIN {s}: digit 6 is {attributeDigit}, but the attribute must be 0–3");
        }

        var year = yy >= CenturyPivot ? 1900 + yy : 2000 + yy;
        value = new Bin(s, year, month, (BinEntityType)typeDigit, (BinAttribute)attributeDigit);
        return null;
    }
}
