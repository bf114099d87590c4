using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>
/// Ties the session cookie to <see cref="SessionStore"/>: signing in starts a session and puts its id in the cookie;
/// every request checks it (a revoked, idle or unknown session is signed out: 401 on the API, the login page otherwise);
/// signing out revokes it, so a copy of the cookie replayed after logout is refused.
/// </summary>
public sealed class SessionCookieEvents(SessionStore sessions) : CookieAuthenticationEvents
{
    /// <inheritdoc />
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && PlatformClaims.SessionOf(context.Principal) is null
            && PlatformClaims.AccountOf(context.Principal) is { } account)
        {
            var id = await sessions.StartAsync(account, LoginCertificate.Of(context.HttpContext), context.HttpContext.RequestAborted);
            identity.AddClaim(new Claim(PlatformClaims.Session, id.ToString()));
        }
    }

    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is { } p ? PlatformClaims.SessionOf(p) : null;
        var refused = id is null ? "no-session"
            : await sessions.CheckAsync(id.Value, PlatformClaims.AccountOf(context.Principal!), context.HttpContext.RequestAborted);
        if (refused is null) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <inheritdoc />
    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (PlatformClaims.SessionOf(context.HttpContext.User) is { } id)
        {
            await sessions.EndAsync(id, SessionStore.Logout, context.HttpContext.RequestAborted);
        }
    }

    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) => ApiOr(context, StatusCodes.Status401Unauthorized);

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => ApiOr(context, StatusCodes.Status403Forbidden);

    // APIs answer 401/403 instead of redirecting to the login page.
    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
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
