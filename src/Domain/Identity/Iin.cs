using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain.Identity;

/// <summary>
/// ЖСН / IIN: the 12-digit individual identification number. Digits 1–6 are the birth date YYMMDD,
/// digit 7 the century and sex (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd = male), digits 8–11 a serial,
/// digit 12 the control digit (<see cref="ControlDigit"/>). Immutable; serialises to JSON as its 12-digit string.
/// </summary>
[JsonConverter(typeof(IinJsonConverter))]
public sealed record Iin
{
    private Iin(string value, DateOnly birthDate, Sex sex, int century)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
        Century = century;
    }

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    /// <summary>Birth date from digits 1–6 and the century from digit 7.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Sex from digit 7 (odd = male).</summary>
    public Sex Sex { get; }

    /// <summary>
    /// The ordinal century of birth from digit 7: 19 for 1800–1899 (digits 1/2), 20 for 1900–1999 (3/4),
    /// 21 for 2000–2099 (5/6).
    /// </summary>
    public int Century { get; }

    /// <summary>Parses an IIN; throws <see cref="IdentityNumberException"/> saying what is wrong.</summary>
    public static Iin Parse(string s) =>
        TryParseCore(s, out var value) is { } error ? throw error : value!;

    /// <summary>Parses an IIN; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out Iin? value, [NotNullWhen(false)] out string? error)
    {
        var failure = TryParseCore(s, out value);
        error = failure?.Message;
        return failure is null;
    }

    /// <summary>The 12 digits.</summary>
    public override string ToString() => Value;

    /// <summary>Age in whole years on <paramref name="date"/> (a 29 Feb birthday counts on 28 Feb in non-leap years).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        if (date < BirthDate.AddYears(age))
        {
            age--;
        }

        return age;
    }

    internal static IdentityNumberException? TryParseCore(string? s, out Iin? value)
    {
        value = null;
        if (!IdentityNumberSyntax.IsWellFormed(s, "IIN", out var syntax))
        {
            return syntax;
        }

        var centuryDigit = s[6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            return new IdentityNumberException(
                IdentityError.CenturySex, $"IIN {s}: digit 7 is {centuryDigit}, but century/sex must be 1–6");
        }

        var yearBase = 1800 + ((centuryDigit - 1) / 2 * 100);
        var year = yearBase + int.Parse(s.AsSpan(0, 2));
        var month = int.Parse(s.AsSpan(2, 2));
        var day = int.Parse(s.AsSpan(4, 2));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new IdentityNumberException(
                IdentityError.ImpossibleDate, $"IIN {s}: birth date {year:D4}-{month:D2}-{day:D2} is not a calendar date");
        }

        var sex = centuryDigit % 2 == 1 ? Sex.Male : Sex.Female;
        value = new Iin(s, new DateOnly(year, month, day), sex, (yearBase / 100) + 1);
        return null;
    }
}
