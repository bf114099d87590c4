using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>
/// A minimal SignalR client speaking the JSON hub protocol over a WebSocket to the test server (the .NET
/// SignalR client package cannot be restored here): handshake, invocations, completions, client calls.
/// Messages end with the record separator 0x1E.
/// </summary>
internal sealed class SignalRTestClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _calls = Channel.CreateUnbounded<JsonObject>();
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Task _reader;
    private int _nextId;

    private SignalRTestClient(WebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Connects to <paramref name="path"/> as the account with <paramref name="iin"/> (or anonymously).</summary>
    public static async Task<SignalRTestClient> ConnectAsync(PlatformFactory app, string path, string? iin)
    {
        var cookie = iin is null ? null : await SessionCookieAsync(app, iin);
        var ws = app.Server.CreateWebSocketClient();
        ws.ConfigureRequest = r => { if (cookie is not null) r.Headers.Cookie = cookie; };
        var socket = await ws.ConnectAsync(new Uri($"ws://localhost{path}"), CancellationToken.None);
        var client = new SignalRTestClient(socket);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await client._calls.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        if (handshake["error"] is { } error) throw new InvalidOperationException("handshake refused: " + error);
        return client;
    }

    /// <summary>The app's session cookie for an account (from the test host's /test-login).</summary>
    public static async Task<string> SessionCookieAsync(PlatformFactory app, string iin)
    {
        using var http = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var r = await http.GetAsync($"/test-login/{iin}");
        r.EnsureSuccessStatusCode();
        return string.Join("; ", r.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    /// <summary>Invokes a hub method; returns the completion (with "result" or "error").</summary>
    public async Task<JsonObject> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString();
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending) _pending[id] = tcs;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return await tcs.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The next server-to-client call of <paramref name="target"/> (others are skipped).</summary>
    public async Task<JsonArray> NextCallAsync(string target)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var m = await _calls.Reader.ReadAsync(cts.Token);
            if (m["type"]?.GetValue<int>() == 1 && m["target"]?.GetValue<string>() == target) return m["arguments"]!.AsArray();
        }
    }

    private async Task SendAsync(string json) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var r = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (r.MessageType == WebSocketMessageType.Close) break;
                text.Append(Encoding.UTF8.GetString(buffer, 0, r.Count));
                int at;
                while ((at = text.ToString().IndexOf(Separator)) >= 0)
                {
                    var message = JsonNode.Parse(text.ToString(0, at))!.AsObject();
                    text.Remove(0, at + 1);
                    if (message["type"]?.GetValue<int>() == 3 && message["invocationId"]?.GetValue<string>() is { } id)
                    {
                        TaskCompletionSource<JsonObject>? tcs;
                        lock (_pending) _pending.Remove(id, out tcs);
                        tcs?.TrySetResult(message);
                    }
                    else
                    {
                        await _calls.Writer.WriteAsync(message);
                    }
                }
            }
        }
        catch (WebSocketException)
        {
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                // the server or the test host already closed it
            }
        }

        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _socket.Dispose();
    }
}
