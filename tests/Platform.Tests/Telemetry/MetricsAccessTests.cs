using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.Tests.Telemetry;

/// <summary>Who may scrape <c>/metrics</c>: Development anyone; elsewhere the scrape token or a configured network.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("Development", null, "203.0.113.9", 200)]
    [InlineData("Production", null, "203.0.113.9", 403)]
    [InlineData("Production", "Bearer s3cret-token", "203.0.113.9", 200)]
    [InlineData("Production", "Bearer wrong", "203.0.113.9", 403)]
    [InlineData("Production", "s3cret-token", "203.0.113.9", 403)]
    [InlineData("Production", null, "10.0.5.17", 200)]
    [InlineData("Production", null, "::ffff:10.0.5.17", 200)]
    [InlineData("Production", null, "10.0.6.1", 403)]
    public async Task Scrapes_are_let_through_only_by_environment_token_or_network(string environment, string? authorization, string remote, int expected)
    {
        var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new Env { EnvironmentName = environment })
            .AddSingleton(Options.Create(new TelemetryOptions { ScrapeToken = "s3cret-token", ScrapeNetworks = ["10.0.5.0/24"] }))
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (authorization is not null) context.Request.Headers.Authorization = authorization;
        context.Response.Body = new MemoryStream();
        var passed = false;
        await MetricsAccess.GateAsync(context, () =>
        {
            passed = true;
            return Task.CompletedTask;
        });
        Assert.Equal(expected == 200, passed);
        Assert.Equal(expected, context.Response.StatusCode);
    }

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
