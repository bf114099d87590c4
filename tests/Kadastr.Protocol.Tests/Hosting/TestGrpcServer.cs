using System.Net;
using System.Security.Cryptography.X509Certificates;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RentToOwn.Kadastr.Protocol.Tests.Hosting;

/// <summary>One gRPC service instance on Grpc.AspNetCore, Kestrel HTTP/2 only, 127.0.0.1 on a free port.</summary>
public sealed class TestGrpcServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestGrpcServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The address, e.g. <c>http://127.0.0.1:41234</c> (<c>https://localhost:…</c> with a certificate).</summary>
    public Uri Address { get; }

    /// <summary>The bound port.</summary>
    public int Port => Address.Port;

    /// <summary>Starts a server for <paramref name="service"/>.</summary>
    public static async Task<TestGrpcServer> StartAsync<TService>(TService service, Action<GrpcServiceOptions>? configure = null, X509Certificate2? certificate = null)
        where TService : class
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, lo =>
        {
            lo.Protocols = HttpProtocols.Http2;
            if (certificate is not null)
            {
                lo.UseHttps(certificate);
            }
        }));
        builder.Services.AddGrpc(o => configure?.Invoke(o));
        builder.Services.AddSingleton(service);
        var app = builder.Build();
        app.MapGrpcService<TService>();
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return new TestGrpcServer(app, new Uri(certificate is null ? $"http://127.0.0.1:{port}" : $"https://localhost:{port}"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(cts.Token);
        await app.DisposeAsync();
    }
}
