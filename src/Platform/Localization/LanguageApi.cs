using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Localization;

/// <summary>Switches the interface language and remembers it in a cookie.</summary>
public static class LanguageApi
{
    /// <summary>Maps <c>GET /language/{code}?returnUrl=</c>.</summary>
    public static IEndpointRouteBuilder MapLanguageApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/language").MapGet("/{code}", SetLanguage);
        return app;
    }

    /// <summary>Sets the language cookie and returns to a local page; unknown codes are a 400.</summary>
    public static Results<RedirectHttpResult, ProblemHttpResult> SetLanguage(string code, string? returnUrl, HttpContext http, TimeProvider time)
    {
        if (!Languages.IsSupported(code))
        {
            return Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.language", code, string.Join(", ", Languages.Codes)).ToProblem();
        }

        http.Response.Cookies.Append(Languages.CookieName, LocalizationExtensions.CookieValue(code), new CookieOptions
        {
            Expires = time.GetUtcNow().AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        });
        // Only local paths: no open redirect.
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }
}
