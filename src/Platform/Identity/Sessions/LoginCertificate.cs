namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>The certificate an EDS login was made with, handed from the login to the session it starts (request item).</summary>
public sealed record LoginCertificate(string Serial, string Issuer, byte[] Der)
{
    private const string Key = "rto:login-certificate";

    /// <summary>Remembers <paramref name="certificate"/> for the sign-in of this request.</summary>
    public static void Set(HttpContext http, LoginCertificate certificate) => http.Items[Key] = certificate;

    /// <summary>The certificate of this request's login, if any.</summary>
    public static LoginCertificate? Of(HttpContext http) => http.Items.TryGetValue(Key, out var c) ? c as LoginCertificate : null;
}
