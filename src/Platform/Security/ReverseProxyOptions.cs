namespace RentToOwn.Platform.Security;

/// <summary>Configuration section <c>ReverseProxy</c>: who may tell the platform the client's address and scheme.</summary>
public sealed class ReverseProxyOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are believed (loopback always is).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are believed.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Outside Development: the HTTPS port plain-HTTP requests are redirected to.</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Outside Development: <c>Strict-Transport-Security</c> max-age in days.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
