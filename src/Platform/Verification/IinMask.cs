namespace RentToOwn.Platform.Verification;

/// <summary>
/// Masks an IIN for public pages (A.39–A.40: personal data is not disclosed): the first two and last four digits
/// stay, e.g. <c>900501300120</c> → <c>90******0120</c>. A full IIN never leaves the verifier.
/// </summary>
public static class IinMask
{
    /// <summary>The masked form, or null for null.</summary>
    public static string? Mask(string? iin) =>
        iin is null ? null
        : iin.Length == 12 ? string.Concat(iin.AsSpan(0, 2), "******", iin.AsSpan(8, 4))
        : new string('*', iin.Length);
}
