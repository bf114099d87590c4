using Microsoft.AspNetCore.Antiforgery;

namespace RentToOwn.Platform.Security.Antiforgery;

/// <summary>
/// Issue 15 §3, one rule for every endpoint: a POST/PUT/PATCH/DELETE under <c>/api</c> must carry the anti-forgery token
/// (header <see cref="HeaderName"/>, from <c>GET /api/antiforgery</c> or the page) unless <see cref="AntiforgeryExemptions"/>
/// names it. Runs after authentication and authorization, so the token is checked against the caller's session; a
/// missing or wrong token is 400 with the reason, before the handler runs (nothing changes).
/// </summary>
public sealed class JsonAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery, ILogger<JsonAntiforgeryMiddleware> logger)
{
    /// <summary>The request header that carries the token.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    /// <summary>Checks the token when the rule applies.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        if (!Applies(http))
        {
            await next(http);
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException e)
        {
            logger.LogInformation("Anti-forgery check refused {Method} {Path}: {Reason}", http.Request.Method, http.Request.Path, e.Message);
            await Results.Problem(
                $"This request needs the anti-forgery token in the {HeaderName} header (get one from GET /api/antiforgery): {e.Message}",
                statusCode: StatusCodes.Status400BadRequest, title: "Anti-forgery token missing or invalid").ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    /// <summary>True when <paramref name="http"/> is a state-changing API call that is not exempt.</summary>
    public static bool Applies(HttpContext http)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)) return false;
        if (!http.Request.Path.StartsWithSegments("/api")) return false;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        return AntiforgeryExemptions.Reason(method, route ?? http.Request.Path.Value) is null;
    }
}
