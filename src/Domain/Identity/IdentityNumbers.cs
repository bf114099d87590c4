namespace RentToOwn.Domain.Identity;

/// <summary>
/// Tells an IIN from a BIN. Both are 12 digits with the same control digit, so the decision uses
/// digit 5: in an IIN it is the tens digit of the birth day (0–3); in a BIN it is the entity type
/// (4, 5 or 6). The two ranges do not overlap, so every number is at most one of the two.
/// </summary>
public static class IdentityNumbers
{
    /// <summary>Checks <paramref name="number"/> and says whether it is an IIN, a BIN, or what is wrong with it.</summary>
    public static IdentityCheckResult Check(string? number)
    {
        if (!IdentityNumberSyntax.IsWellFormed(number, "IIN/BIN", out var syntax))
        {
            return new IdentityCheckResult(IdentityKind.Invalid, null, null, syntax.Message, syntax.Error);
        }

        if (number[4] is >= '4' and <= '6')
        {
            return Bin.TryParseCore(number, out var bin) is { } binError
                ? new IdentityCheckResult(IdentityKind.Invalid, null, null, binError.Message, binError.Error)
                : new IdentityCheckResult(IdentityKind.Bin, null, bin, null, null);
        }

        if (number[4] is >= '0' and <= '3')
        {
            return Iin.TryParseCore(number, out var iin) is { } iinError
                ? new IdentityCheckResult(IdentityKind.Invalid, null, null, iinError.Message, iinError.Error)
                : new IdentityCheckResult(IdentityKind.Iin, iin, null, null, null);
        }

        return new IdentityCheckResult(
            IdentityKind.Invalid,
            null,
            null,
            $"{number}: digit 5 is {number[4]}; an IIN has 0–3 there (tens of the birth day), a BIN 4–6 (entity type)",
            IdentityError.EntityType);
    }
}
