using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Security.Antiforgery;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>Issue 15 §3: every state-changing JSON call needs the anti-forgery header; the exemptions are explicit.</summary>
public sealed class AntiforgeryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string AllRolesIin = "860101300002";

    [Fact]
    public async Task Logout_without_the_header_is_400_with_the_reason_and_keeps_the_session()
    {
        var client = await SignedInAsync();
        var refused = await SendAsync(client, HttpMethod.Post, "/api/auth/logout", token: null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Anti-forgery token missing or invalid", problem.GetProperty("title").GetString());
        Assert.Contains("X-CSRF-TOKEN", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/consents")).StatusCode); // nothing happened

        var token = await TokenAsync(client);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(client, HttpMethod.Post, "/api/auth/logout", token)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_or_one_of_another_session_is_400()
    {
        var client = await SignedInAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, HttpMethod.Post, "/api/auth/logout", "not-a-token")).StatusCode);
        var other = await SignedInAsync();
        var othersToken = await TokenAsync(other);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, HttpMethod.Post, "/api/auth/logout", othersToken)).StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_names_the_header()
    {
        var client = factory.CreateClient();
        var r = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        Assert.Equal("X-CSRF-TOKEN", r.GetProperty("headerName").GetString());
        Assert.False(string.IsNullOrEmpty(r.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task Every_state_changing_api_endpoint_refuses_a_call_without_the_token()
    {
        var client = await SignedInAsync(); // every cabinet role: authorization passes, the token rule decides
        var endpoints = Endpoints().Where(e => AntiforgeryExemptions.Reason(e.Method, e.Route) is null).ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} state-changing endpoints found");
        foreach (var (method, route) in endpoints)
        {
            var r = await SendAsync(client, new HttpMethod(method), Fill(route), token: null);
            Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{method} {route}: {(int)r.StatusCode}");
            Assert.Contains("Anti-forgery", await r.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public void Every_exemption_names_a_mapped_endpoint()
    {
        var mapped = Endpoints().Select(e => $"{e.Method} {AntiforgeryExemptions.Normalise(e.Route)}").ToHashSet();
        foreach (var exempt in AntiforgeryExemptions.Routes.Keys.Where(k => !k.Contains("signalling", StringComparison.Ordinal)))
        {
            Assert.Contains(exempt, mapped);
        }
    }

    [Fact]
    public async Task Exempt_callers_are_not_asked_for_the_token()
    {
        var anonymous = factory.CreateClient();
        // The acquirer's callback is judged by its signature, not by a token.
        var callback = await SendAsync(anonymous, HttpMethod.Post, "/api/payments/callback", token: null, body: new { });
        Assert.Equal(HttpStatusCode.Unauthorized, callback.StatusCode);
        Assert.Contains("not signed", await callback.Content.ReadAsStringAsync());
        // The login challenge needs no session and no token.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(anonymous, HttpMethod.Post, "/api/auth/challenge", token: null)).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        await factory.AddUserAsync(AllRolesIin, "All Roles", PlatformRoles.Tenant | PlatformRoles.Guarantor | PlatformRoles.Spouse
            | PlatformRoles.Officer | PlatformRoles.Head | PlatformRoles.Registrar);
        return await factory.SignedInClientAsync(AllRolesIin);
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Options.Set(AntiforgeryHandler.WithoutToken, true);
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        return client.SendAsync(request);
    }

    private List<(string Method, string Route)> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText ?? "")))
            .Where(e => e.Method is "POST" or "PUT" or "PATCH" or "DELETE" && e.Route.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Distinct().ToList();

    // Route parameters filled by their constraint: guid, int, anything else a word.
    private static string Fill(string route) => "/" + string.Join('/', RoutePatternFactory.Parse(route).PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart l => l.Content,
        RoutePatternParameterPart { ParameterPolicies: var policies } when policies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
        RoutePatternParameterPart { ParameterPolicies: var policies } when policies.Any(x => x.Content is "int" or "long") => "1",
        RoutePatternParameterPart => "letter",
        _ => "",
    }))));
}
