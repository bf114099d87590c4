using Microsoft.AspNetCore.DataProtection;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// Binds login challenges to the browser that asked for them (issue 15 §2): the pre-login cookie holds, protected, the
/// nonces issued to this browser (the last <see cref="MaxNonces"/>, for a few tabs). A signed answer posted from another
/// browser (a relayed signature) is refused before its nonce is used.
/// </summary>
public sealed class PreLoginCookie(IDataProtectionProvider protection)
{
    /// <summary>Cookie name.</summary>
    public const string Name = ".RentToOwn.Login";

    /// <summary>How many outstanding challenges one browser may hold.</summary>
    public const int MaxNonces = 8;

    private readonly IDataProtector _protector = protection.CreateProtector("RentToOwn.Identity.PreLoginCookie.v1");

    /// <summary>Adds <paramref name="nonce"/> to this browser's cookie.</summary>
    public void Add(HttpContext http, string nonce, TimeSpan lifetime)
    {
        var nonces = Read(http).Append(nonce).TakeLast(MaxNonces);
        http.Response.Cookies.Append(Name, _protector.Protect(string.Join(' ', nonces)), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/api/auth", MaxAge = lifetime, IsEssential = true,
            Secure = http.Request.IsHttps,
        });
    }

    /// <summary>True when this browser was issued <paramref name="nonce"/>.</summary>
    public bool Holds(HttpContext http, string nonce) => Read(http).Contains(nonce, StringComparer.Ordinal);

    private string[] Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value)) return [];
        try
        {
            return _protector.Unprotect(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }
}
