using System.Diagnostics.CodeAnalysis;

namespace RentToOwn.Domain.Identity;

/// <summary>Checks shared by IIN and BIN: 12 ASCII digits and a matching control digit.</summary>
internal static class IdentityNumberSyntax
{
    /// <summary>True when <paramref name="s"/> is 12 digits with a correct control digit; otherwise <paramref name="error"/> is the defect.</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? s, string kind, [NotNullWhen(false)] out IdentityNumberException? error)
    {
        error = Check(s, kind);
        return error is null;
    }

    private static IdentityNumberException? Check(string? s, string kind)
    {
        if (string.IsNullOrEmpty(s))
        {
            return new IdentityNumberException(IdentityError.Empty, $"{kind} is empty; it must be 12 digits");
        }

        if (s.Length != 12)
        {
            return new IdentityNumberException(IdentityError.Length, $"{kind} must be 12 digits, got {s.Length} characters");
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return new IdentityNumberException(
                    IdentityError.NonDigit, $"{kind} must be 12 digits: character '{s[i]}' at position {i + 1} is not a digit");
            }
        }

        var control = ControlDigit.Compute(s);
        if (control is null)
        {
            return new IdentityNumberException(
                IdentityError.ControlDigit, $"{kind} {s} has no valid control digit (both weightings give 10)");
        }

        var actual = s[11] - '0';
        if (actual != control)
        {
            return new IdentityNumberException(
                IdentityError.ControlDigit, $"{kind} {s} has control digit {actual}, expected {control}");
        }

        return null;
    }
}
