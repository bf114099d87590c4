using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.Platform.Registration.Cadastre;

namespace RentToOwn.Platform.Telemetry;

/// <summary>
/// OpenTelemetry for the platform: traces (ASP.NET Core, HttpClient, gRPC client, the platform's own spans; the in-process
/// cadastre simulator's server spans join the gateway's client spans) and metrics (<see cref="PlatformMetrics"/>, the
/// embedded log's batch sizes, ASP.NET Core and HttpClient), exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set
/// and scraped at <c>/metrics</c> (Prometheus text format, <see cref="MetricsAccess"/>).
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Registers the meters, the providers and the exporters.</summary>
    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddSingleton(sp =>
        {
            var metrics = new PlatformMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
            var time = sp.GetRequiredService<TimeProvider>();
            metrics.ObserveOutbox(() => Backlog(sp.GetRequiredService<CadastreConnection>(), time));
            return metrics;
        });

        var otel = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(options.ServiceName));
        otel.WithMetrics(m =>
        {
            m.AddMeter(PlatformMetrics.MeterName, EmbeddedLedgerMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            m.AddPrometheusExporter();
            if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint)) m.AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint));
        });
        // Spans are recorded only when they go somewhere: without an OTLP collector every request would build spans for
        // nobody (issue 17: measured per request in bench lifecycle).
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            otel.WithTracing(t => t.AddSource(PlatformMetrics.MeterName, RentToOwn.Kadastr.Gateway.KadastrGateway.TracingSource).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddGrpcClientInstrumentation().AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint)));
        }
        return builder;
    }

    private static (long, double) Backlog(CadastreConnection connection, TimeProvider time)
    {
        try
        {
            var (depth, oldest) = connection.Gateway.Backlog();
            return (depth, oldest is { } at ? Math.Max(0, (time.GetUtcNow() - at).TotalSeconds) : 0);
        }
        catch (InvalidOperationException)
        {
            return (0, 0); // not started (or stopped)
        }
    }
}
