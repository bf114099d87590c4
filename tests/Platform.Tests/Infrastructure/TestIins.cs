using RentToOwn.Domain.Identity;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Valid test IINs built from a birth date, sex/century digit and serial (control digit computed).</summary>
internal static class TestIins
{
    /// <summary>An IIN for someone born on <paramref name="yymmdd"/> with century/sex digit and a 4-digit serial.</summary>
    public static string Make(string yymmdd, char centurySex, int serial)
    {
        for (var s = serial; ; s++)
        {
            var first11 = $"{yymmdd}{centurySex}{s % 10000:D4}";
            if (ControlDigit.Compute(first11) is { } d) return first11 + d;
        }
    }

    /// <summary>Same IIN with a wrong control digit.</summary>
    public static string WithWrongControlDigit(string iin) => iin[..11] + (char)('0' + (iin[11] - '0' + 1) % 10);

    public static readonly string Officer = Make("800101", '3', 111);
    public static readonly string Officer2 = Make("810202", '4', 222);
    public static readonly string Recipient1 = Make("900315", '3', 1001);
    public static readonly string Recipient2 = Make("920704", '4', 1002);
    public static readonly string Recipient3 = Make("850112", '3', 1003);
}
