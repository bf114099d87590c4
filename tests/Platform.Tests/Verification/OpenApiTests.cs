using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RentToOwn.Platform.Extensions;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>Issue 14 §4: the OpenAPI document lists the API routes and the error format; SQL text stays out of Information logs.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApi_document_lists_the_api_routes_with_ProblemDetails()
    {
        using var app = new PlatformFactory();
        var client = app.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("RentToOwn platform API", doc.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/contracts/{id}/signatures").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/contracts/{id}/pdf").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/verify").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/verify/stored").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/sheets/{sha256}").TryGetProperty("get", out _));
        // Razor pages are not API operations.
        Assert.False(paths.TryGetProperty("/Verify", out _));

        // The error format: every operation has a default application/problem+json response with the ProblemDetails schema.
        var problem = doc.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        Assert.Equal(["detail", "instance", "status", "title", "type"], problem.EnumerateObject().Select(p => p.Name).Order());
        var sign = paths.GetProperty("/api/contracts/{id}/signatures").GetProperty("post").GetProperty("responses").GetProperty("default");
        Assert.Equal("#/components/schemas/ProblemDetails",
            sign.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());

        // Scalar browses it in Development.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public async Task Scalar_is_Development_only()
    {
        using var app = new RentToOwn.Platform.Tests.Security.ProductionReadyFactory(); // outside Development only a production configuration starts
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/scalar/v1")).StatusCode);
    }

    [Fact]
    public void Sql_text_is_logged_at_Warning_unless_configured()
    {
        using var quiet = new PlatformFactory();
        var sql = quiet.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ApiDocsExtensions.SqlCategory);
        Assert.False(sql.IsEnabled(LogLevel.Information));
        Assert.True(sql.IsEnabled(LogLevel.Warning));

        using var verbose = new PlatformFactory();
        verbose.Settings[$"Logging:LogLevel:{ApiDocsExtensions.SqlCategory}"] = "Information";
        Assert.True(verbose.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ApiDocsExtensions.SqlCategory).IsEnabled(LogLevel.Information));
    }
}
