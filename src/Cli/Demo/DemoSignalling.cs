using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// A participant in a video session's room, headless: the SignalR JSON hub protocol over a WebSocket to the platform's
/// signalling hub (<c>/api/video-sessions/signalling</c>), as the browser's <c>@microsoft/signalr</c> client speaks it,
/// with the participant's own login cookie. Joining is what the session log records (A.21, A.23); no media flows.
/// </summary>
public sealed class DemoSignalling : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly StringBuilder _buffer = new();

    private DemoSignalling(ClientWebSocket socket) => _socket = socket;

    /// <summary>Negotiates, connects, completes the handshake and invokes <c>Join(sessionId)</c>.</summary>
    /// <exception cref="DemoException">The hub refused the connection or the join (e.g. not a participant).</exception>
    public static async Task<DemoSignalling> JoinAsync(DemoUser user, Guid sessionId, CancellationToken ct)
    {
        const string hub = "api/video-sessions/signalling";
        var negotiated = await DemoUser.Json(await user.Http.PostAsync($"{hub}/negotiate?negotiateVersion=1", null, ct), $"{user.Role}: signalling negotiate", ct);
        var token = negotiated.GetProperty("connectionToken").GetString()!;
        var ws = new UriBuilder(new Uri(user.Http.BaseAddress!, $"{hub}?id={Uri.EscapeDataString(token)}")) { Scheme = user.Http.BaseAddress!.Scheme == "https" ? "wss" : "ws" }.Uri;
        var socket = new ClientWebSocket();
        socket.Options.Cookies = user.Cookies;
        var client = new DemoSignalling(socket);
        try
        {
            await socket.ConnectAsync(ws, ct);
            await client.SendAsync(new JsonObject { ["protocol"] = "json", ["version"] = 1 }, ct);
            var handshake = await client.ReceiveAsync(ct);
            if (handshake["error"] is { } error) throw new DemoException($"{user.Role}: signalling handshake refused: {error}");
            await client.SendAsync(new JsonObject { ["type"] = 1, ["invocationId"] = "join", ["target"] = "Join", ["arguments"] = new JsonArray(sessionId.ToString()) }, ct);
            while (true)
            {
                var message = await client.ReceiveAsync(ct);
                if (message["type"]?.GetValue<int>() == 3 && message["invocationId"]?.GetValue<string>() == "join")
                {
                    if (message["error"] is { } refused) throw new DemoException($"{user.Role}: joining video session {sessionId} refused: {refused}");
                    return client; // pings (6) and PeerJoined invocations (1) of earlier members are skipped above
                }

                if (message["type"]?.GetValue<int>() == 7) throw new DemoException($"{user.Role}: the signalling hub closed the connection: {message["error"]}");
            }
        }
        catch (Exception e) when (e is WebSocketException or JsonException)
        {
            await client.DisposeAsync();
            throw new DemoException($"{user.Role}: signalling: {e.Message}");
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private async Task SendAsync(JsonObject message, CancellationToken ct) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString() + Separator), WebSocketMessageType.Text, true, ct);

    private async Task<JsonObject> ReceiveAsync(CancellationToken ct)
    {
        var chunk = new byte[8192];
        while (true)
        {
            var text = _buffer.ToString();
            var end = text.IndexOf(Separator);
            if (end >= 0)
            {
                _buffer.Remove(0, end + 1);
                return JsonNode.Parse(text[..end])!.AsObject();
            }

            var r = await _socket.ReceiveAsync(chunk, ct);
            if (r.MessageType == WebSocketMessageType.Close) throw new DemoException("the signalling hub closed the WebSocket");
            _buffer.Append(Encoding.UTF8.GetString(chunk, 0, r.Count));
        }
    }

    /// <summary>Leaves the room (the log records the leave) and closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
    }
}
