using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>One call on the client: sends the request, reads messages, then the status from the trailers.</summary>
internal sealed class ClientCall<T> : IAsyncDisposable
    where T : class, IMessage<T>
{
    private readonly GrpcClient client;
    private readonly MessageParser<T> parser;
    private readonly CallOptions options;
    private readonly CancellationTokenSource? deadline;
    private readonly CancellationTokenSource callCts;
    private HttpResponseMessage? response;
    private PipeReader? reader;
    private bool finished;

    public ClientCall(GrpcClient client, MessageParser<T> parser, CallOptions options)
    {
        this.client = client;
        this.parser = parser;
        this.options = options;
        if (options.Timeout is { } t && t > TimeSpan.Zero)
        {
            deadline = new CancellationTokenSource(t, client.Options.TimeProvider);
        }

        callCts = deadline is null
            ? CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, deadline.Token);
    }

    public Metadata ResponseHeaders { get; private set; } = new();

    public Metadata Trailers { get; private set; } = new();

    public async Task StartAsync(string path, IMessage request)
    {
        if (options.Timeout is { } t && t <= TimeSpan.Zero)
        {
            finished = true;
            throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        try
        {
            response = await client.SendAsync(path, request, options.Timeout, options.Headers, callCts.Token).ConfigureAwait(false);
            ResponseHeaders = ToMetadata(response.Headers);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new RpcException(FromHttpStatus(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}");
            }

            if (TryGetStatus(response.Headers, out var trailersOnly))
            {
                // Trailers-only response: the status travels in the headers and there is no body.
                finished = true;
                Trailers = ResponseHeaders;
                if (trailersOnly.Code != StatusCode.OK)
                {
                    throw new RpcException(trailersOnly, Trailers);
                }

                return;
            }

            var contentType = response.Content.Headers.ContentType?.ToString();
            if (!GrpcProtocol.IsGrpcContentType(contentType))
            {
                throw new RpcException(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType}");
            }

            var stream = await response.Content.ReadAsStreamAsync(callCts.Token).ConfigureAwait(false);
            reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        }
        catch (Exception ex)
        {
            finished = true;
            throw Map(ex);
        }
    }

    public async ValueTask<T?> ReadNextAsync()
    {
        if (finished || reader is null || response is null)
        {
            return null;
        }

        try
        {
            var message = await GrpcFraming.ReadAsync(reader, parser, client.Options.MaxReceiveMessageSize, callCts.Token).ConfigureAwait(false);
            if (message is not null)
            {
                return message;
            }
        }
        catch (Exception ex)
        {
            finished = true;
            callCts.Cancel();
            throw Map(ex);
        }

        finished = true;
        Trailers = ToMetadata(response.TrailingHeaders);
        if (!TryGetStatus(response.TrailingHeaders, out var status))
        {
            throw new RpcException(StatusCode.Internal, "No grpc-status found on response.");
        }

        if (status.Code != StatusCode.OK)
        {
            throw new RpcException(status, Trailers);
        }

        return null;
    }

    public void Cancel()
    {
        try
        {
            callCts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!finished)
        {
            Cancel();
        }

        if (reader is not null)
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }

        response?.Dispose();
        callCts.Dispose();
        deadline?.Dispose();
    }

    private RpcException Map(Exception ex)
    {
        if (ex is RpcException rpc)
        {
            return rpc;
        }

        if (deadline?.IsCancellationRequested == true)
        {
            return new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded", ex);
        }

        if (options.CancellationToken.IsCancellationRequested || ex is OperationCanceledException)
        {
            return new RpcException(StatusCode.Cancelled, "Call canceled by the client.", ex);
        }

        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is HttpProtocolException proto)
            {
                return new RpcException(FromHttp2ErrorCode(proto.ErrorCode), "HTTP/2 stream error: " + proto.Message, ex);
            }
        }

        return ex is HttpRequestException or IOException
            ? new RpcException(StatusCode.Unavailable, "Error connecting to subchannel: " + ex.Message, ex)
            : new RpcException(StatusCode.Unknown, ex.Message, ex);
    }

    private static bool TryGetStatus(HttpHeaders headers, out Status status)
    {
        status = default;
        if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var values))
        {
            return false;
        }

        var raw = values.FirstOrDefault();
        var code = int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c)
            ? (StatusCode)c
            : StatusCode.Unknown;
        var detail = headers.TryGetValues(GrpcProtocol.MessageHeader, out var m) ? GrpcMessageEncoding.Decode(m.FirstOrDefault()) : string.Empty;
        status = new Status(code, detail);
        return true;
    }

    private static Metadata ToMetadata(HttpHeaders headers)
    {
        var md = new Metadata();
        foreach (var (key, values) in headers.NonValidated)
        {
            if (GrpcProtocol.IsReservedHeader(key))
            {
                continue;
            }

            foreach (var v in values)
            {
                md.AddWire(key, v);
            }
        }

        return md;
    }

    // grpc/doc/http-grpc-status-mapping.md
    private static StatusCode FromHttpStatus(HttpStatusCode status) => (int)status switch
    {
        400 => StatusCode.Internal,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        429 or 502 or 503 or 504 => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    // grpc/doc/PROTOCOL-HTTP2.md, "Errors": RST_STREAM codes.
    private static StatusCode FromHttp2ErrorCode(long code) => code switch
    {
        0x7 => StatusCode.Unavailable, // REFUSED_STREAM
        0x8 => StatusCode.Cancelled, // CANCEL
        0xB => StatusCode.ResourceExhausted, // ENHANCE_YOUR_CALM
        0xC => StatusCode.PermissionDenied, // INADEQUATE_SECURITY
        _ => StatusCode.Internal,
    };
}
