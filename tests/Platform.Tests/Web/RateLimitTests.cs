using System.Net;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Web;

public sealed class RateLimitTests : IDisposable
{
    private readonly PlatformFactory _factory = new()
    {
        Settings = { ["RateLimits:LoginPermitLimit"] = "3", ["RateLimits:WindowSeconds"] = "3600" },
    };

    [Fact]
    public async Task Login_is_rate_limited_per_client()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/Login")).StatusCode);
        // Other pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Login_api_shares_the_login_limit()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/auth/challenge", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/api/auth/challenge", null)).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
