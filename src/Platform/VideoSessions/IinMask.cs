namespace RentToOwn.Platform.VideoSessions;

/// <summary>Shows an IIN with its middle hidden (<c>9003******24</c>): enough to compare, not to copy.</summary>
public static class IinMask
{
    /// <summary>The masked form of a 12-digit number; anything else is fully masked.</summary>
    public static string Mask(string? iin) =>
        iin is { Length: 12 } ? string.Concat(iin.AsSpan(0, 4), "******", iin.AsSpan(10, 2)) : "************";
}
