using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace RentToOwn.Platform.Security.Antiforgery;

/// <summary>Hands out the anti-forgery token that every state-changing JSON call sends back in a header (issue 15 §3).</summary>
public static class AntiforgeryApi
{
    /// <summary>The token and the header to send it in; the matching cookie is set with the answer.</summary>
    public sealed record AntiforgeryToken(string HeaderName, string Token);

    /// <summary>Maps <c>GET /api/antiforgery</c>.</summary>
    public static IEndpointRouteBuilder MapAntiforgeryApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/antiforgery").MapGet("", GetToken).AllowAnonymous();
        return app;
    }

    /// <summary>A token bound to the caller's session (anonymous callers get one too, e.g. before logout is possible).</summary>
    public static Ok<AntiforgeryToken> GetToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
    }
}
