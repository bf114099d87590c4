using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RentToOwn.Platform.Tests;

public sealed class HealthApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private sealed record Health(string Status, DateTimeOffset Time);

    [Fact]
    public async Task Healthz_reports_ok()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Health>();
        Assert.Equal("ok", body!.Status);
    }

    [Fact]
    public async Task Home_page_says_what_runs()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("/healthz", html);
        Assert.Contains("RentToOwn", html);
    }
}
