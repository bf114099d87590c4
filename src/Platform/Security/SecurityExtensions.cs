using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RentToOwn.Platform.Security;

/// <summary>Registers rate limiting and anti-forgery.</summary>
public static class SecurityExtensions
{
    /// <summary>Adds the reverse-proxy support, the <see cref="RateLimitPolicies"/> (fixed window per client IP, as forwarded by a known proxy) and anti-forgery.</summary>
    public static IHostApplicationBuilder AddPlatformSecurity(this IHostApplicationBuilder builder)
    {
        builder.AddReverseProxySupport();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Login, ctx => PerClient(ctx, limits.LoginPermitLimit, limits.WindowSeconds));
            o.AddPolicy(RateLimitPolicies.Verifier, ctx => PerClient(ctx, limits.VerifierPermitLimit, limits.WindowSeconds));
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".RentToOwn.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext ctx, int permits, int windowSeconds) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromSeconds(windowSeconds),
                QueueLimit = 0,
            });
}
