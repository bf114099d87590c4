using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace RentToOwn.Platform.Security;

/// <summary>
/// Behind a reverse proxy (issue 15 §2): forwarded client address and scheme from the configured proxies only, so the
/// rate limits stay per client; outside Development HTTPS redirection, HSTS and Secure cookies.
/// </summary>
public static class ReverseProxyExtensions
{
    /// <summary>Registers the forwarded-headers, HTTPS and cookie options from <see cref="ReverseProxyOptions"/>.</summary>
    /// <exception cref="InvalidOperationException">A proxy address or network does not parse; the message names the key.</exception>
    public static IHostApplicationBuilder AddReverseProxySupport(this IHostApplicationBuilder builder)
    {
        var o = builder.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(f =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            f.ForwardLimit = o.ForwardLimit;
            foreach (var p in o.KnownProxies)
            {
                f.KnownProxies.Add(IPAddress.TryParse(p, out var ip) ? ip
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{p}' is not an IP address"));
            }

            foreach (var n in o.KnownNetworks)
            {
                f.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(n, out var net) ? net
                    : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{n}' is not a CIDR network"));
            }
        });
        if (builder.Environment.IsDevelopment()) return builder;

        builder.Services.AddHsts(h => h.MaxAge = TimeSpan.FromDays(o.HstsMaxAgeDays));
        builder.Services.AddHttpsRedirection(h => h.HttpsPort = o.HttpsPort);
        builder.Services.Configure<CookiePolicyOptions>(c => c.Secure = CookieSecurePolicy.Always);
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
            c => c.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        builder.Services.PostConfigure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(a => a.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        return builder;
    }

    /// <summary>First in the pipeline: forwarded headers; outside Development HSTS, HTTPS redirection and Secure cookies.</summary>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment()) return app;
        app.UseHsts();
        app.UseHttpsRedirection();
        app.UseCookiePolicy();
        return app;
    }
}
