using RentToOwn.Platform.Calendar;
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

    /// <summary>Maps <c>GET /healthz</c>.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    private static HealthStatus GetHealth(TimeProvider time, CalendarCoverage calendar, IConfiguration configuration)
    {
        string[] warnings = calendar.Warning() is { } w ? [w] : [];
        return new(warnings.Length == 0 ? "ok" : "warn", time.GetUtcNow(), warnings, StandIn.Active(configuration));
    }
}
