namespace RentToOwn.Platform.Apis;

/// <summary>Liveness endpoint for load balancers and the test harness.</summary>
public static class HealthApi
{
    /// <summary>Response of <c>/healthz</c>.</summary>
    public sealed record HealthStatus(string Status, DateTimeOffset Time);

    /// <summary>Maps <c>GET /healthz</c>.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    private static HealthStatus GetHealth(TimeProvider time) => new("ok", time.GetUtcNow());
}
