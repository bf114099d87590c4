namespace RentToOwn.Platform.Security.Antiforgery;

/// <summary>
/// The state-changing <c>/api</c> routes that need no anti-forgery header, each with the reason (issue 15 §3). Everything
/// else under <c>/api</c> that is not GET/HEAD/OPTIONS needs it (<see cref="JsonAntiforgeryMiddleware"/>). Keyed by
/// "METHOD route-pattern", exactly as the endpoint is mapped.
/// </summary>
public static class AntiforgeryExemptions
{
    /// <summary>Exempt route → why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST /api/auth/challenge"] = "before login: no session to ride on; the nonce is bound to the pre-login cookie",
        ["POST /api/auth/login"] = "the EDS signature over a nonce bound to this browser's pre-login cookie authenticates the request",
        ["POST /api/auth/egov-mobile"] = "before login, like the challenge: the procedure signs the login text of a nonce bound to the pre-login cookie",
        ["PUT /api/egov-mobile/procedures/{id:guid}/documents"] = "called by eGov mobile (the phone), not a browser: authenticated by the procedure's one-time bearer token",
        ["POST /api/payments/callback"] = "called by the acquirer, not a browser: authenticated by its signature over the body",
        ["POST /api/verify"] = "public verifier: anonymous, changes nothing",
        ["POST /api/video-sessions/signalling/negotiate"] = "SignalR negotiation: opens a connection, changes nothing; hub calls need the session",
        ["POST /api/video-sessions/signalling"] = "SignalR long-polling frames: the connection token from negotiation, and every hub call checks the session and room",
        ["DELETE /api/video-sessions/signalling"] = "SignalR closing a long-polling connection: the connection token from negotiation",
    };

    /// <summary>The reason <paramref name="method"/> <paramref name="route"/> is exempt, or null when the header is required.</summary>
    public static string? Reason(string method, string? route) =>
        route is not null && Routes.TryGetValue($"{method.ToUpperInvariant()} {Normalise(route)}", out var reason) ? reason : null;

    /// <summary>A route pattern with one leading slash and none trailing.</summary>
    public static string Normalise(string route) => "/" + route.Trim('/');
}
