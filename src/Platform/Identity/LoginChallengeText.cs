using System.Globalization;
using System.Text;
using EdsChallenge = RentToOwn.Eds.Authentication.LoginChallenge;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// What the AUTH key signs at login (issue 15 §2): a short text naming the site's origin, the nonce and the time, which
/// NCALayer shows the person, so a signature asked for by another site says so.
/// </summary>
public static class LoginChallengeText
{
    /// <summary>The text for <paramref name="challenge"/> issued by <paramref name="origin"/> (e.g. <c>https://rto.example.kz</c>).</summary>
    public static string For(string origin, EdsChallenge challenge) =>
        $"RentToOwn sign-in\nSite: {origin}\nNonce: {challenge.Nonce}\nTime: "
        + challenge.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\n";

    /// <summary>The UTF-8 bytes that are signed.</summary>
    public static byte[] Bytes(string origin, EdsChallenge challenge) => Encoding.UTF8.GetBytes(For(origin, challenge));
}
