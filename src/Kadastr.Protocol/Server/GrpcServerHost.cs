using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>
/// A Kestrel server that speaks only HTTP/2 (h2c, or TLS when a certificate is given) and serves
/// gRPC through a <see cref="GrpcDispatcher"/>. Binds port 0 by default and reports the real port.
/// </summary>
public sealed class GrpcServerHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private GrpcServerHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The address clients call, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>The bound port.</summary>
    public int Port => Address.Port;

    /// <summary>Starts a server for the services on <paramref name="endpoint"/> (default 127.0.0.1:0).</summary>
    public static async Task<GrpcServerHost> StartAsync(
        IEnumerable<GrpcServiceDefinition> services,
        GrpcServerOptions? options = null,
        IPEndPoint? endpoint = null,
        X509Certificate2? certificate = null,
        CancellationToken ct = default)
    {
        var ep = endpoint ?? new IPEndPoint(IPAddress.Loopback, 0);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.Http2.MaxStreamsPerConnection = 1000;
            k.Listen(ep, lo =>
            {
                lo.Protocols = HttpProtocols.Http2;
                if (certificate is not null)
                {
                    lo.UseHttps(certificate);
                }
            });
        });
        var app = builder.Build();
        var dispatcher = new GrpcDispatcher(services, options);
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(ct).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        var scheme = certificate is null ? "http" : "https";
        var host = ep.Address.Equals(IPAddress.Any) || ep.Address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : ep.Address.ToString();
        var uri = new UriBuilder(scheme, host.Contains(':') ? $"[{host}]" : host, port).Uri;
        return new GrpcServerHost(app, uri);
    }

    /// <summary>Stops the server, ending open calls.</summary>
    public async Task StopAsync(CancellationToken ct = default) => await app.StopAsync(ct).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await app.StopAsync(cts.Token).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
