using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Eds.Hosting;

/// <summary>
/// HTTP stand-ins for NCA's services on 127.0.0.1: POST /tsa (RFC 3161, application/timestamp-query),
/// POST /ocsp/{root|rsa-ca|gost-ca} (RFC 6960), GET /crl/{name}.crl (fresh CRL). Port 0 picks a free port.
/// </summary>
public sealed class PkiHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PkiHttpServer(WebApplication app) => _app = app;

    /// <summary>The base URL, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts serving <paramref name="pki"/>.</summary>
    public static async Task<PkiHttpServer> StartAsync(TestPki pki, int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var gate = new object();
        app.MapPost("/tsa", async (HttpRequest request) =>
        {
            var body = await ReadAsync(request);
            byte[] response;
            lock (gate)
            {
                response = pki.Tsa.Respond(body);
            }

            return Results.Bytes(response, "application/timestamp-reply");
        });
        app.MapPost("/ocsp/{name}", async (string name, HttpRequest request) =>
        {
            var ca = pki.Authorities.FirstOrDefault(a => a.Name == name);
            if (ca is null)
            {
                return Results.NotFound();
            }

            var body = await ReadAsync(request);
            lock (gate)
            {
                return Results.Bytes(pki.OcspFor(ca).Respond(body), "application/ocsp-response");
            }
        });
        app.MapGet("/crl/{file}", (string file) =>
        {
            var ca = pki.Authorities.FirstOrDefault(a => a.Name + ".crl" == file);
            if (ca is null)
            {
                return Results.NotFound();
            }

            lock (gate)
            {
                return Results.Bytes(pki.PublishCrl(ca), "application/pkix-crl");
            }
        });
        await app.StartAsync(cancellationToken);
        var server = new PkiHttpServer(app);
        server.BaseUrl = new Uri(app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Waits until the host stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
