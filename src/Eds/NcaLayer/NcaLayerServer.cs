using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RentToOwn.Eds.NcaLayer;

/// <summary>
/// NCALayer-compatible WebSocket server on 127.0.0.1 (NCALayer's port is 13579; 0 picks a free one). Each text
/// message is one request, answered by <see cref="NcaLayerProtocol"/>; the greeting goes out on connect.
/// Plain ws:// (the real NCALayer also offers wss:// with its own certificate).
/// </summary>
public sealed class NcaLayerServer : IAsyncDisposable
{
    /// <summary>NCALayer's well-known port.</summary>
    public const int DefaultPort = 13579;

    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private readonly WebApplication _app;

    private NcaLayerServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>ws://127.0.0.1:port/.</summary>
    public Uri Url { get; }

    /// <summary>Starts the server.</summary>
    public static async Task<NcaLayerServer> StartAsync(NcaLayerProtocol protocol, int port = DefaultPort, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("NCALayer-compatible signer: connect with a WebSocket");
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await ServeAsync(socket, protocol, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.First());
        return new NcaLayerServer(app, new Uri($"ws://127.0.0.1:{address.Port}/"));
    }

    /// <summary>Waits until the host stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ServeAsync(WebSocket socket, NcaLayerProtocol protocol, CancellationToken ct)
    {
        await SendAsync(socket, NcaLayerProtocol.Greeting, ct);
        var buffer = new byte[16 * 1024];
        while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, ct);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (message.Length > MaxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too big", ct);
                    return;
                }
            }
            while (!received.EndOfMessage);

            // Signing is CPU-bound (GOST especially): keep it off the socket loop's thread.
            var request = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            var reply = await Task.Run(() => protocol.Handle(request), ct);
            await SendAsync(socket, reply, ct);
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);
}
