using System.Net;
using System.Net.Http.Json;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// Sends the platform's anti-forgery token (issue 15 §3) with every state-changing <c>/api</c> call, as the browser code
/// does: the token comes from <c>GET /api/antiforgery</c> through the same cookie session. It is bound to the session,
/// which changes at login: with the session's <paramref name="cookies"/> a token is kept while the cookies stay as they
/// were when it was issued (issue 17: one fetch per session, not one per call, as a page keeps its token), and a call
/// the platform refuses for its token is sent once more with a fresh one (the refusal comes before the handler: nothing
/// changed). Without <paramref name="cookies"/> it fetches a token for every call.
/// </summary>
public sealed class AntiforgeryHandler(HttpMessageHandler inner, CookieContainer? cookies = null) : DelegatingHandler(inner)
{
    // The platform's problem title for a missing or invalid token (JsonAntiforgeryMiddleware).
    private const string RefusedTitle = "Anti-forgery token missing or invalid";
    private readonly Lock _gate = new();
    private (string Cookies, AntiforgeryToken Token)? _kept;

    private sealed record AntiforgeryToken(string HeaderName, string Token);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.RequestUri is not { } uri
            || !uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) || request.Headers.Contains("X-CSRF-TOKEN"))
        {
            return await base.SendAsync(request, ct);
        }

        var kept = Kept(uri);
        if (kept is null)
        {
            if (await FetchAsync(uri, ct) is { } fresh) request.Headers.Add(fresh.HeaderName, fresh.Token);
            return await base.SendAsync(request, ct);
        }

        request.Headers.Add(kept.HeaderName, kept.Token);
        var response = await base.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.BadRequest || !(await response.Content.ReadAsStringAsync(ct)).Contains(RefusedTitle, StringComparison.Ordinal))
        {
            return response;
        }

        // The kept token was refused (e.g. a restarted platform): once more with a fresh one.
        response.Dispose();
        lock (_gate) _kept = null;
        var again = Copy(request);
        if (await FetchAsync(uri, ct) is { } token) again.Headers.Add(token.HeaderName, token.Token);
        return await base.SendAsync(again, ct);
    }

    private AntiforgeryToken? Kept(Uri uri)
    {
        if (cookies is null) return null;
        var now = cookies.GetCookieHeader(uri);
        lock (_gate) return _kept is { } k && k.Cookies == now ? k.Token : null;
    }

    private async Task<AntiforgeryToken?> FetchAsync(Uri uri, CancellationToken ct)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, "/api/antiforgery"));
        using var r = await base.SendAsync(get, ct);
        if (!r.IsSuccessStatusCode || await r.Content.ReadFromJsonAsync<AntiforgeryToken>(ct) is not { } t) return null;
        // Kept under the cookies as they are after the fetch (it may have set the anti-forgery cookie).
        if (cookies is not null) lock (_gate) _kept = (cookies.GetCookieHeader(uri), t);
        return t;
    }

    // The same call again (method, address, headers but the token, the content — buffered or re-serialisable — and options).
    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            if (!name.Equals("X-CSRF-TOKEN", StringComparison.OrdinalIgnoreCase)) copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options) ((IDictionary<string, object?>)copy.Options)[key] = value;
        return copy;
    }
}
