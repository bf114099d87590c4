namespace RentToOwn.Platform.Telemetry;

/// <summary>The Prometheus scrape endpoint (<c>/metrics</c>, text format) behind <see cref="MetricsAccess"/>.</summary>
public static class MetricsApi
{
    /// <summary>Maps <c>/metrics</c> (any method, as the exporter maps it) behind <see cref="MetricsAccess"/>.</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: b => b.Use(MetricsAccess.GateAsync), optionsName: null);
        return app;
    }
}
