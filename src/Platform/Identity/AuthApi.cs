using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// EDS login API (rate limited). JSON bodies only: a cross-site form cannot send them without a CORS
/// pre-flight, which the platform never grants.
/// </summary>
public static class AuthApi
{
    /// <summary>
    /// Challenge to sign: the AUTH key signs <c>Content</c> (base64 of the UTF-8 <c>Text</c>: site, nonce, time), from the
    /// browser that holds the pre-login cookie set with it.
    /// </summary>
    public sealed record ChallengeResponse(string Nonce, DateTimeOffset ExpiresAt, string Text, string Content);

    /// <summary>The signed challenge.</summary>
    public sealed record LoginRequest(string Nonce, string Cms);

    /// <summary>Who logged in and where to go.</summary>
    public sealed record LoginResponse(string Name, string Iin, IReadOnlyList<string> Roles, string Redirect);

    /// <summary>Maps <c>/api/auth/challenge</c>, <c>/api/auth/login</c>, <c>/api/auth/logout</c>.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").RequireRateLimiting(RateLimitPolicies.Login);
        api.MapPost("/challenge", CreateChallenge);
        api.MapPost("/login", Login);
        api.MapPost("/logout", Logout).RequireAuthorization();
        return app;
    }

    /// <summary>Issues a one-time challenge.</summary>
    public static Ok<ChallengeResponse> CreateChallenge([AsParameters] AuthServices s)
    {
        var (c, text) = s.Login.Issue();
        return TypedResults.Ok(new ChallengeResponse(c.Nonce, c.ExpiresAt, text, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>Verifies the signed challenge and starts the session.</summary>
    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, [AsParameters] AuthServices s, CancellationToken ct)
    {
        var outcome = await s.Login.CompleteAsync(request.Nonce, request.Cms, ct);
        if (outcome.Principal is null)
        {
            return outcome.AsOutcome().ToProblem(UiText.Shared.Get(Languages.Current, "identity.refused.title"));
        }

        await s.Http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        var user = outcome.Principal;
        var roles = user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList();
        return TypedResults.Ok(new LoginResponse(user.Identity!.Name!, PlatformClaims.IinOf(user)!, roles, CabinetHome.For(roles)));
    }

    /// <summary>Ends the session.</summary>
    public static async Task<NoContent> Logout([AsParameters] AuthServices s)
    {
        await s.Http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }
}

/// <summary>What the login endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Login">The EDS login (challenges, verification).</param>
/// <param name="Http">The request (the session cookie is set and removed on it).</param>
public sealed record AuthServices(EdsLogin Login, HttpContext Http);
