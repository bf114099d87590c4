using System.Diagnostics.CodeAnalysis;

namespace RentToOwn.Platform.Security;

/// <summary>
/// The one IIN mask (A.39–A.40: personal data is not disclosed), used by the verifier, the video room and the verdict
/// reading alike: the first two and last four digits stay, <c>900501300120</c> → <c>90******0120</c>. Two masks keeping
/// different digits would together give most of the number away.
/// </summary>
public static class IinMask
{
    /// <summary>The masked form of a 12-digit number; anything else is fully masked; null stays null.</summary>
    [return: NotNullIfNotNull(nameof(iin))]
    public static string? Mask(string? iin) =>
        iin is null ? null
        : iin.Length == 12 ? string.Concat(iin.AsSpan(0, 2), "******", iin.AsSpan(8, 4))
        : new string('*', iin.Length);
}
