using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RentToOwn.Platform.Calendar;
using RentToOwn.Platform.Extensions.Health;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Extensions;

/// <summary>Liveness endpoint for load balancers and the test harness; it also carries what an operator must act on soon.</summary>
public static class HealthApi
{
    /// <summary>
    /// Response of <c>/healthz</c>: "ok", or "warn" with the warnings (the service still serves), and the ids of the
    /// stand-ins in use (<see cref="StandIn"/>; empty in a production configuration).
    /// </summary>
    public sealed record HealthStatus(string Status, DateTimeOffset Time, IReadOnlyList<string> Warnings, IReadOnlyList<string> StandIns);

    /// <summary>Response of <c>/healthz/ready</c>: Healthy or Unhealthy overall, each dependency's status and why, and the stand-ins.</summary>
    public sealed record ReadinessStatus(string Status, DateTimeOffset Time, IReadOnlyDictionary<string, CheckStatus> Checks, IReadOnlyList<string> StandIns);

    /// <summary>One dependency's health.</summary>
    public sealed record CheckStatus(string Status, string? Description);

    /// <summary>Registers the dependency checks: the database, the ledger, the cadastre.</summary>
    public static IHostApplicationBuilder AddPlatformHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<LedgerHealthCheck>("ledger")
            .AddCheck<CadastreHealthCheck>("cadastre");
        return builder;
    }

    /// <summary>Maps <c>GET /healthz</c> (liveness) and <c>GET /healthz/ready</c> (dependencies; 503 when one is unhealthy).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        app.MapGet("/healthz/ready", GetReadiness);
        return app;
    }

    /// <summary>Liveness, with the warnings and the stand-ins in use.</summary>
    public static Ok<HealthStatus> GetHealth(TimeProvider time, CalendarCoverage calendar, IConfiguration configuration)
    {
        string[] warnings = calendar.Warning() is { } w ? [w] : [];
        return TypedResults.Ok(new HealthStatus(warnings.Length == 0 ? "ok" : "warn", time.GetUtcNow(), warnings, StandIn.Active(configuration)));
    }

    /// <summary>Readiness: each dependency's health; 503 when one is unhealthy.</summary>
    public static async Task<JsonHttpResult<ReadinessStatus>> GetReadiness(HealthCheckService checks, TimeProvider time, IConfiguration configuration, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(ct);
        var body = new ReadinessStatus(report.Status.ToString(), time.GetUtcNow(),
            report.Entries.ToDictionary(e => e.Key, e => new CheckStatus(e.Value.Status.ToString(), e.Value.Description ?? e.Value.Exception?.Message)),
            StandIn.Active(configuration));
        return TypedResults.Json(body, statusCode: report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }
}
