using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: anyone in Development; elsewhere a scraper with the configured bearer token
/// (<c>Telemetry:ScrapeToken</c>) or from a configured network (<c>Telemetry:ScrapeNetworks:N</c>). Anyone else gets 403;
/// with neither configured the endpoint is closed (403) outside Development. The metrics carry no personal data.
/// </summary>
public static class MetricsAccess
{
    /// <summary>The middleware of the <c>/metrics</c> branch, before the exporter.</summary>
    public static async Task GateAsync(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment() || HasToken(context, options.ScrapeToken) || FromNetwork(context.Connection.RemoteIpAddress, options.ScrapeNetworks))
        {
            await next();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsync("/metrics: send the scrape token (Authorization: Bearer …) or scrape from a configured network (Telemetry:ScrapeNetworks).");
    }

    private static bool HasToken(HttpContext context, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        var header = context.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return header.StartsWith(bearer, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[bearer.Length..]), Encoding.UTF8.GetBytes(token));
    }

    private static bool FromNetwork(IPAddress? address, IEnumerable<string> networks)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return networks.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(address));
    }
}
