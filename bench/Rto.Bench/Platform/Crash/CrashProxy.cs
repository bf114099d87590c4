using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RentToOwn.Bench.Platform.Crash;

/// <summary>How the kill meets the request it falls on.</summary>
public enum KillMode
{
    /// <summary>The platform dies before the request reaches it; the request goes to the restarted one.</summary>
    BeforeRequest,

    /// <summary>The platform handled the request and died before its answer left; the client's retry goes to the restarted one.</summary>
    AnswerLost,
}

/// <summary>
/// The clients' one address in front of the platform child (a stand-in for the load balancer): forwards every request and
/// WebSocket to the current child, <c>kill -9</c>s it at request number <see cref="KillAt"/> and starts it again on the
/// same data directory. A request cut off by the kill, or whose answer the kill swallowed, is sent again to the restarted
/// platform, as a client retries a call whose answer it never got. A kill that falls inside a video session (an open
/// WebSocket room; the room lives in the instance's memory, and a crash ends the session) waits for the first request
/// after the rooms closed. Binds port 0.
/// </summary>
public sealed partial class CrashProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<CancellationToken, Task<PlatformProcess>> _start;
    private readonly SemaphoreSlim _restart = new(1, 1);
    private readonly HttpClient _forward = new(new SocketsHttpHandler
    {
        UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
    })
    { Timeout = TimeSpan.FromMinutes(3) };

    private PlatformProcess _platform;
    private int _generation;
    private int _requests;
    private int _openSockets;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _killDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _killed;
    private bool _disposed;

    private CrashProxy(WebApplication app, PlatformProcess platform, Func<CancellationToken, Task<PlatformProcess>> start) =>
        (_app, _platform, _start) = (app, platform, start);

    /// <summary>The clients' base address.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The request number (counted from <see cref="Arm"/>) at which the platform is killed; 0: never.</summary>
    public int KillAt { get; private set; }

    /// <summary>The kill's mode.</summary>
    public KillMode Mode { get; private set; }

    /// <summary>The request the kill fell on (<c>POST api/registrations/{id}/fee</c>), once it happened.</summary>
    public string? KilledOn { get; private set; }

    /// <summary>The request number the kill fell on (later than <see cref="KillAt"/> when deferred past a video session).</summary>
    public int KilledAtRequest { get; private set; }

    /// <summary>Requests sent again to the restarted platform (cut off, or answer lost), by step.</summary>
    public ConcurrentBag<string> Retried { get; } = [];

    /// <summary>Every ledger receipt in an answer the clients got.</summary>
    public ConcurrentBag<JsonObject> Receipts { get; } = [];

    /// <summary>Requests forwarded since <see cref="Arm"/>.</summary>
    public int Requests => _requests;

    /// <summary>How many times the platform was started again.</summary>
    public int Restarts => _generation;

    /// <summary>Time from the kills to the restarted platforms listening.</summary>
    public TimeSpan RestartTime { get; private set; }

    /// <summary>The platform child now serving.</summary>
    public PlatformProcess Platform => _platform;

    /// <summary>Starts the proxy in front of <paramref name="platform"/>; <paramref name="start"/> starts a new child on the same data.</summary>
    public static async Task<CrashProxy> StartAsync(PlatformProcess platform, Func<CancellationToken, Task<PlatformProcess>> start)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 64 << 20);
        var app = builder.Build();
        var proxy = new CrashProxy(app, platform, start);
        app.UseWebSockets();
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return proxy;
    }

    /// <summary>Counts requests from now on and kills the platform at request <paramref name="killAt"/>.</summary>
    public void Arm(int killAt, KillMode mode)
    {
        _requests = 0;
        KillAt = killAt;
        Mode = mode;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await TunnelAsync(context);
            return;
        }

        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var n = Interlocked.Increment(ref _requests);
        var step = Step(context.Request);
        // A room is open from the signalling negotiation (its token names this instance) until the socket closes. The kill
        // decision and the rooms' count change under one lock, and a negotiation that comes while a kill is pending waits for
        // the restart: no room opens on an instance about to die (found by seed 2121177188: a lost answer's kill fell on two
        // rooms that opened while the request was being handled).
        var negotiation = context.Request.Path.Value!.EndsWith("/signalling/negotiate", StringComparison.Ordinal);
        bool killHere, waitForRestart = false;
        lock (_gate)
        {
            killHere = KillAt > 0 && n >= KillAt && _openSockets == 0 && _killed == 0;
            if (killHere)
            {
                _killed = 1;
                (KilledOn, KilledAtRequest) = (step, n);
            }
            else if (negotiation && _killed == 1 && !_killDone.Task.IsCompleted)
            {
                waitForRestart = true;
            }
            else if (negotiation)
            {
                _openSockets++;
            }
        }

        if (waitForRestart) await _killDone.Task.WaitAsync(context.RequestAborted);
        if (killHere && Mode == KillMode.BeforeRequest) await CrashAsync(_generation, CancellationToken.None); // happens even if the client gives up

        // A restart under way holds the request (a load balancer waits for a healthy instance); the client's own timeout bounds it.
        await _restart.WaitAsync(context.RequestAborted);
        _restart.Release();
        var generation = _generation;
        var platform = _platform;
        try
        {
            using var request = Request(context.Request, platform.Url, body.ToArray());
            using var response = await _forward.SendAsync(request, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
            var content = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
            if (killHere && Mode == KillMode.AnswerLost)
            {
                // The platform did the work; the answer dies with it: the connection is reset, the client sends the call again.
                var crash = CrashAsync(generation, CancellationToken.None); // kills before its first await
                Retried.Add(step);
                context.Abort();
                await crash;
                return;
            }

            Collect(response, content);
            await RespondAsync(context, response, content);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            // Cut off by the kill (another request's): the client's connection is reset too once the platform is back, and the
            // client sends the call again. A failure without a kill is the platform's: 502 with the reason.
            if (await RestartedSinceAsync(generation, context.RequestAborted))
            {
                Retried.Add(step);
                context.Abort();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"{step}: {e.GetBaseException().Message}", context.RequestAborted);
        }
    }

    // Whether the platform of generation g is gone and a newer one serves (waits for a restart under way).
    private async Task<bool> RestartedSinceAsync(int g, CancellationToken ct)
    {
        await _restart.WaitAsync(ct);
        _restart.Release();
        return _generation > g;
    }

    private async Task CrashAsync(int generation, CancellationToken ct)
    {
        await _restart.WaitAsync(ct);
        try
        {
            if (_generation != generation || _disposed) return;
            var killed = System.Diagnostics.Stopwatch.StartNew();
            _platform.Kill();
            await _platform.DisposeAsync();
            _platform = await _start(CancellationToken.None);
            _generation++;
            RestartTime += killed.Elapsed;
        }
        finally
        {
            _restart.Release();
            _killDone.TrySetResult();
        }
    }

    // Every ledger receipt in an answer the client got (an object with index, leafHash and checkpoint, also inside a JSON string).
    private void Collect(HttpResponseMessage response, byte[] content)
    {
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true || content.Length == 0) return;
        try
        {
            Walk(JsonNode.Parse(content));
        }
        catch (JsonException)
        {
        }

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o when o["index"] is not null && o["leafHash"] is not null && o["checkpoint"] is not null && o["record"] is not null:
                    Receipts.Add(o.DeepClone().AsObject());
                    break;
                case JsonObject o:
                    foreach (var (_, v) in o) Walk(v);
                    break;
                case JsonArray a:
                    foreach (var v in a) Walk(v);
                    break;
                case JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith('{') && text.Contains("\"leafHash\"", StringComparison.Ordinal):
                    try
                    {
                        Walk(JsonNode.Parse(text));
                    }
                    catch (JsonException)
                    {
                    }

                    break;
            }
        }
    }

    private static HttpRequestMessage Request(HttpRequest from, Uri platform, byte[] body)
    {
        var message = new HttpRequestMessage(new HttpMethod(from.Method), new Uri(platform, from.Path.Value!.TrimStart('/') + from.QueryString.Value));
        // The Host the client used (the proxy's), as a load balancer keeps it: every instance then sees the same site, and a
        // login challenge (whose signed text names the site) issued before a restart completes after it.
        message.Headers.Host = from.Host.Value;
        if (body.Length > 0 || from.ContentLength is not null || from.ContentType is not null) message.Content = new ByteArrayContent(body);
        foreach (var (name, values) in from.Headers)
        {
            if (Hop(name) || name.Equals("Host", StringComparison.OrdinalIgnoreCase)) continue;
            if (!message.Headers.TryAddWithoutValidation(name, values.ToArray()) && message.Content is not null)
            {
                if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) message.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        return message;
    }

    private static async Task RespondAsync(HttpContext context, HttpResponseMessage response, byte[] content)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (Hop(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            context.Response.Headers[name] = values.ToArray();
        }

        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private static bool Hop(string name) => name.ToLowerInvariant() is "connection" or "keep-alive" or "transfer-encoding" or "upgrade" or "te" or "trailer"
        or "proxy-connection";

    // A video session's signalling socket: the client's socket joined to one on the current platform (the cookie passes through).
    private async Task TunnelAsync(HttpContext context)
    {
        try
        {
            using var upstream = new ClientWebSocket();
            if (context.Request.Headers.Cookie.ToString() is { Length: > 0 } cookie) upstream.Options.SetRequestHeader("Cookie", cookie);
            var target = new UriBuilder(new Uri(_platform.Url, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString.Value)) { Scheme = "ws" }.Uri;
            await upstream.ConnectAsync(target, context.RequestAborted);
            using var client = await context.WebSockets.AcceptWebSocketAsync();
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            var a = PumpAsync(client, upstream, done.Token);
            var b = PumpAsync(upstream, client, done.Token);
            await Task.WhenAny(a, b);
            await done.CancelAsync();
            await Task.WhenAll(a, b);
        }
        finally
        {
            lock (_gate) _openSockets--;
        }
    }

    private static async Task PumpAsync(WebSocket from, WebSocket to, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var r = await from.ReceiveAsync(buffer, ct);
                if (r.MessageType == WebSocketMessageType.Close)
                {
                    if (to.State == WebSocketState.Open) await to.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed", CancellationToken.None);
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, r.Count), r.MessageType, r.EndOfMessage, ct);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
    }

    /// <summary>A request's step: method and path with ids as <c>{id}</c>.</summary>
    public static string Step(HttpRequest r) => $"{r.Method} {StepOf(r.Path.Value ?? "")}";

    /// <summary>A path with ids as <c>{id}</c>.</summary>
    public static string StepOf(string path) => Ids().Replace(path, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Ids();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }
        finally
        {
            // A restart under way finishes first, so the child it starts is the one killed here; none starts after.
            await _restart.WaitAsync();
            _disposed = true;
            _restart.Release();
            _killDone.TrySetResult();
            _forward.Dispose();
            await _platform.DisposeAsync();
        }
    }
}
