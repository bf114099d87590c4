using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>
/// A running log service: its own Kestrel HTTP/2 endpoint (bound by the server, port 0 allowed) serving
/// <c>rto.ledger.v1.SigningLog</c> over one ledger and <c>grpc.health.v1.Health</c>.
/// </summary>
public sealed class LogServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LogServiceHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address clients use, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="ledger"/> (the caller keeps owning it).</summary>
    /// <exception cref="InvalidOperationException">A token over plaintext without <see cref="LogServiceOptions.AllowTokenOverPlaintext"/>.</exception>
    /// <exception cref="ArgumentException">A host that is not an IP address, or a port outside 0..65535.</exception>
    public static async Task<LogServiceHost> StartAsync(ISigningLedger ledger, LogServiceOptions options, CancellationToken ct = default)
    {
        if (!IPAddress.TryParse(options.Host, out var ip) || options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"the log service needs an IP address and a port 0..65535 (got {options.Host}:{options.Port})");
        }

        var tls = options.CertificatePath is not null;
        if (options.Token is not null && !tls && !options.AllowTokenOverPlaintext)
        {
            throw new InvalidOperationException("refusing to accept the bearer token over plaintext: give a TLS certificate (plaintext is allowed in Development only)");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.Http2.MaxStreamsPerConnection = 1000;
            k.Listen(ip, options.Port, lo =>
            {
                // Without TLS there is no ALPN: the endpoint speaks HTTP/2 only (h2c).
                lo.Protocols = HttpProtocols.Http2;
                if (tls)
                {
                    lo.UseHttps(options.CertificatePath!, options.CertificatePassword);
                }
            });
        });
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = LogService.MaxMessageBytes;
            if (options.Token is { Length: > 0 } token)
            {
                o.Interceptors.Add<GrpcSecurity.BearerTokenInterceptor>(token);
            }
        });
        builder.Services.AddGrpcHealthChecks().AddCheck("log", () => HealthCheckResult.Healthy("the log is serving"));
        builder.Services.AddSingleton(new LogService(ledger));
        var app = builder.Build();
        app.MapGrpcService<LogService>();
        app.MapGrpcHealthChecksService();
        await app.StartAsync(ct);
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "localhost", StringComparison.Ordinal));
        var host = ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : ip.ToString();
        var address = new UriBuilder(tls ? "https" : "http", host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host, bound.Port).Uri;
        return new LogServiceHost(app, address);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(cts.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
