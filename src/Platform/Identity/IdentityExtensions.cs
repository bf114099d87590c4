using Microsoft.AspNetCore.Authentication.Cookies;

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
                // APIs answer 401/403 instead of redirecting to the login page.
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PreLoginCookie>();
        builder.Services.AddAuthorization(o =>
        {
            foreach (var (policy, _) in CabinetPolicies.All)
            {
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(policy));
            }
        });
        return builder;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
