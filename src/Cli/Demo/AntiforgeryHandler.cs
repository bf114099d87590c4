using System.Net.Http.Json;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// Sends the platform's anti-forgery token (issue 15 §3) with every state-changing <c>/api</c> call, as the browser code
/// does: the token comes from <c>GET /api/antiforgery</c> through the same cookie session, fetched again for each call
/// because it is bound to the session, which changes at login.
/// </summary>
public sealed class AntiforgeryHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private sealed record AntiforgeryToken(string HeaderName, string Token);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.RequestUri is { } uri
            && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) && !request.Headers.Contains("X-CSRF-TOKEN"))
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, "/api/antiforgery"));
            using var r = await base.SendAsync(get, ct);
            if (r.IsSuccessStatusCode && await r.Content.ReadFromJsonAsync<AntiforgeryToken>(ct) is { } t)
            {
                request.Headers.Add(t.HeaderName, t.Token);
            }
        }

        return await base.SendAsync(request, ct);
    }
}
