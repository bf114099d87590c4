using System.Net.Http.Json;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// The one place test clients get the anti-forgery header (issue 15 §3): before each state-changing <c>/api</c> call it
/// fetches <c>GET /api/antiforgery</c> through the same cookie session and sends the token, as the browser code does.
/// Tests of the rule itself set the header (or <see cref="WithoutToken"/>) on the request.
/// </summary>
public sealed class AntiforgeryHandler : DelegatingHandler
{
    /// <summary>Request option: send this request without a token.</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutToken = new("rto-no-antiforgery");

    private sealed record AntiforgeryToken(string HeaderName, string Token);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.RequestUri is { } uri
            && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) && !request.Headers.Contains("X-CSRF-TOKEN")
            && !(request.Options.TryGetValue(WithoutToken, out var without) && without))
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
