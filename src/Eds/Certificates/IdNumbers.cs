namespace RentToOwn.Eds.Certificates;

/// <summary>
/// Checks IIN/BIN control digits (12 digits, two-pass weighted mod-11 checksum).
/// Internal stand-in until the Domain's Iin/Bin types are merged; kept small so it swaps out.
/// </summary>
internal static class IdNumbers
{
    /// <summary>True when <paramref name="value"/> is 12 digits with a correct control digit.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var control = ControlDigit(value.AsSpan(0, 11));
        return control >= 0 && control == value[11] - '0';
    }

    /// <summary>Appends the control digit to 11 digits; null when no control digit exists for them.</summary>
    public static string? Complete(string elevenDigits)
    {
        var control = ControlDigit(elevenDigits);
        return control < 0 ? null : elevenDigits + (char)('0' + control);
    }

    private static int ControlDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * (i + 1);
        }

        var control = sum % 11;
        if (control != 10)
        {
            return control;
        }

        sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * (((i + 2) % 11) + 1);
        }

        control = sum % 11;
        return control == 10 ? -1 : control;
    }
}
