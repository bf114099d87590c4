using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>Issue 15 §2: behind a reverse proxy, HTTPS only, Secure cookies, rate limits per forwarded client.</summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.7";
    private readonly ProductionReadyFactory _factory = new()
    {
        Settings = { ["RateLimits:LoginPermitLimit"] = "2", ["RateLimits:WindowSeconds"] = "3600" },
    };

    // Every request arrives from the proxy's address (TestServer has none).
    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, n) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return n(ctx);
            });
            next(app);
        };
    }

    private WebApplicationFactory<Program> BehindProxy(bool known) => _factory.WithWebHostBuilder(b =>
    {
        if (known) b.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
        b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FromProxy>());
    });

    private static HttpRequestMessage Get(string url, string? forwardedFor = null, string? proto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        return request;
    }

    [Fact]
    public async Task Plain_HTTP_is_redirected_to_HTTPS_and_HTTPS_answers_carry_HSTS()
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://rto.example.kz/"), AllowAutoRedirect = false });
        var redirect = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(new Uri("https://rto.example.kz/healthz"), redirect.Headers.Location);

        var ok = await _factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(ok.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_session_cookie_is_Secure_outside_Development()
    {
        await _factory.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var response = await _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ProductionReadyFactory.BaseAddress, AllowAutoRedirect = false }).GetAsync($"/test-login/{TestIins.Officer}");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".RentToOwn.Session=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_known_proxy_forwards_scheme_and_client_so_rate_limits_stay_per_client()
    {
        using var app = BehindProxy(known: true);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://rto.example.kz/"), AllowAutoRedirect = false });

        // TLS ended at the proxy: no redirect, and the client 203.0.113.5 has its own login window.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/Login", "203.0.113.5", "https"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/Login", "203.0.113.5", "https"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/Login", "203.0.113.5", "https"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/Login", "203.0.113.6", "https"))).StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.SendAsync(Get("/Login", "203.0.113.6", "http"))).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_proxy_are_ignored()
    {
        using var app = BehindProxy(known: false);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://rto.example.kz/"), AllowAutoRedirect = false });

        // A forged X-Forwarded-Proto does not skip HTTPS, a forged X-Forwarded-For does not buy a fresh login window.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.SendAsync(Get("/Login", "203.0.113.5", "https"))).StatusCode);
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ProductionReadyFactory.BaseAddress, AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await https.SendAsync(Get("/Login", "203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await https.SendAsync(Get("/Login", "203.0.113.2"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await https.SendAsync(Get("/Login", "203.0.113.3"))).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
