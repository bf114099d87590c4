namespace RentToOwn.Platform.Telemetry;

/// <summary>Configuration section <c>Telemetry</c>: the OTLP exporter and who may scrape <c>/metrics</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>OTLP collector (e.g. <c>http://otel-collector:4317</c>); traces and metrics are exported there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Service name on traces and metrics.</summary>
    public string ServiceName { get; set; } = "rto-platform";

    /// <summary><c>/metrics</c> answers a request carrying <c>Authorization: Bearer {ScrapeToken}</c>.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary><c>/metrics</c> answers requests from these networks (CIDR, e.g. <c>10.0.5.0/24</c>; the client address as a known proxy forwarded it).</summary>
    public List<string> ScrapeNetworks { get; set; } = [];
}
