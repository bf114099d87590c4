using Microsoft.AspNetCore.Authentication.Cookies;
using RentToOwn.Platform.Identity.Sessions;

namespace RentToOwn.Platform.Identity;

/// <summary>Cookie authentication (established by the EDS login) and one policy per cabinet.</summary>
public static class IdentityExtensions
{
    /// <summary>Adds cookie auth and the <see cref="CabinetPolicies"/>.</summary>
    public static IHostApplicationBuilder AddPlatformIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = ".RentToOwn.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.Path = "/";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/Login";
                o.AccessDeniedPath = "/Forbidden";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // Server-side session (issue 15 §3): started on sign-in, checked on every request, revoked on logout.
                o.EventsType = typeof(SessionCookieEvents);
            });
        builder.Services.AddOptions<SessionStoreOptions>().BindConfiguration(SessionStoreOptions.Section);
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SessionStore>();
        builder.Services.AddScoped<SessionCookieEvents>();
        builder.Services.AddSingleton<ILoginCertificateStatus, TrustLoginCertificateStatus>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PreLoginCookie>();
        builder.Services.AddAuthorization(o =>
        {
            // Every policy requires the caller's account and IIN (PlatformClaims.RequireCurrentUser): one behaviour when missing.
            o.DefaultPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireCurrentUser().Build();
            foreach (var (policy, _) in CabinetPolicies.All)
            {
                o.AddPolicy(policy, p => p.RequireCurrentUser().RequireRole(policy));
            }
        });
        return builder;
    }
}
