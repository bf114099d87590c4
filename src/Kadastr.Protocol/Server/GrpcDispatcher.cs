using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>
/// Serves gRPC calls on an ASP.NET Core (Kestrel) HTTP/2 endpoint: routes by <c>:path</c>,
/// enforces <c>grpc-timeout</c> and message sizes, maps exceptions to status codes and sends
/// the status in trailers (or trailers-only when no message was sent).
/// </summary>
public sealed class GrpcDispatcher
{
    private readonly Dictionary<string, ServerMethodHandler> handlers = new(StringComparer.Ordinal);
    private readonly GrpcServerOptions options;

    /// <summary>Creates a dispatcher for the given services.</summary>
    public GrpcDispatcher(IEnumerable<GrpcServiceDefinition> services, GrpcServerOptions? options = null)
    {
        this.options = options ?? new GrpcServerOptions();
        foreach (var s in services)
        {
            foreach (var (path, h) in s.Handlers)
            {
                handlers.Add(path, h);
            }
        }
    }

    /// <summary>Handles one HTTP request as a gRPC call (use as terminal middleware).</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var req = http.Request;
        if (!HttpProtocol.IsHttp2(req.Protocol))
        {
            http.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            http.Response.Headers.Upgrade = "h2c";
            return;
        }

        if (!HttpMethods.IsPost(req.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
            return;
        }

        if (!GrpcProtocol.IsGrpcContentType(req.ContentType))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null; // message sizes are checked per frame
        }

        var metadata = ReadMetadata(req.Headers);
        string? timeoutHeader = req.Headers[GrpcProtocol.TimeoutHeader];
        TimeSpan? timeout = null;
        if (timeoutHeader is not null)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var t))
            {
                await EarlyStatusAsync(http, metadata, new Status(StatusCode.Internal, $"Error parsing grpc-timeout header: {timeoutHeader}")).ConfigureAwait(false);
                return;
            }

            timeout = t;
        }

        string? encoding = req.Headers[GrpcProtocol.EncodingHeader];
        if (encoding is not null && encoding != "identity")
        {
            await EarlyStatusAsync(http, metadata, new Status(StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: identity")).ConfigureAwait(false);
            return;
        }

        var path = req.Path.Value ?? string.Empty;
        if (!handlers.TryGetValue(path, out var handler))
        {
            await EarlyStatusAsync(http, metadata, new Status(StatusCode.Unimplemented, $"Method is unimplemented: {path}")).ConfigureAwait(false);
            return;
        }

        var clock = options.TimeProvider;
        using var deadlineCts = timeout is { } to ? new CancellationTokenSource(Clamp(to), clock) : null;
        using var callCts = deadlineCts is null
            ? CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted)
            : CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, deadlineCts.Token);
        DateTimeOffset? deadline = timeout is { } d ? clock.GetUtcNow() + d : null;
        var call = new ServerCallContext(http, path, metadata, deadline, callCts.Token);
        var response = new CallResponse(http, call, options.MaxSendMessageSize);

        var work = RunAsync(handler, call, response);
        if (deadlineCts is not null)
        {
            try
            {
                await work.WaitAsync(deadlineCts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadlineCts.IsCancellationRequested && !work.IsCompleted)
            {
                // DEADLINE_EXCEEDED on the server end; the handler sees its token cancelled.
                _ = work.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }
        }
        else
        {
            await work.ConfigureAwait(false);
        }

        Status final = work.IsCompletedSuccessfully ? work.Result : new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        if (final.Code == StatusCode.Cancelled && http.RequestAborted.IsCancellationRequested)
        {
            return; // the client reset the stream: nothing can be sent
        }

        await response.CompleteAsync(final).ConfigureAwait(false);
    }

    private async Task<Status> RunAsync(ServerMethodHandler handler, ServerCallContext call, CallResponse response)
    {
        try
        {
            if (options.Interceptor is { } intercept && await intercept(call).ConfigureAwait(false) is { } denied && denied.Code != StatusCode.OK)
            {
                return denied;
            }

            await handler.HandleAsync(call, response, options).ConfigureAwait(false);
            return Status.Ok;
        }
        catch (RpcException ex)
        {
            foreach (var e in ex.Trailers)
            {
                call.ResponseTrailers.Add(e);
            }

            return ex.Status;
        }
        catch (Exception) when (call.CancellationToken.IsCancellationRequested)
        {
            return call.HttpContext.RequestAborted.IsCancellationRequested
                ? new Status(StatusCode.Cancelled, "Call canceled by the client.")
                : new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }
        catch (Exception)
        {
            // Never leak exception details to the caller.
            return new Status(StatusCode.Unknown, "Exception was thrown by handler.");
        }
    }

    private static async Task EarlyStatusAsync(HttpContext http, Metadata requestHeaders, Status status)
    {
        var call = new ServerCallContext(http, http.Request.Path.Value ?? string.Empty, requestHeaders, null, http.RequestAborted);
        await new CallResponse(http, call, int.MaxValue).CompleteAsync(status).ConfigureAwait(false);
    }

    private static TimeSpan Clamp(TimeSpan t) =>
        t > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : t <= TimeSpan.Zero ? TimeSpan.FromTicks(1) : t;

    private static Metadata ReadMetadata(IHeaderDictionary headers)
    {
        var md = new Metadata();
        foreach (var (key, values) in headers)
        {
            var k = key.ToLowerInvariant();
            if (GrpcProtocol.IsReservedHeader(k) && k != Metadata.AuthorizationKey)
            {
                continue;
            }

            foreach (var v in values)
            {
                if (v is not null)
                {
                    md.AddWire(k, v);
                }
            }
        }

        return md;
    }
}
