using System.Security.Cryptography;
using System.Text;

namespace RentToOwn.Platform.VideoSessions.Ice;

/// <summary>
/// The TURN REST credential scheme (coturn <c>use-auth-secret</c>, draft-uberti-behave-turn-rest):
/// user name = "expiry unix seconds:user", password = base64(HMAC-SHA1(secret, user name)). The TURN
/// server recomputes the HMAC and refuses expired names.
/// </summary>
public static class TurnCredentials
{
    /// <summary>The user name and password for <paramref name="user"/> valid until <paramref name="expires"/>.</summary>
    public static (string Username, string Credential) Create(string secret, string user, DateTimeOffset expires)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (user.Contains(':')) throw new ArgumentException("the user part must not contain ':'", nameof(user));
        var username = $"{expires.ToUnixTimeSeconds()}:{user}";
        var password = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(username)));
        return (username, password);
    }
}
