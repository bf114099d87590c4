using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>
/// A gRPC client over <see cref="HttpClient"/> on HTTP/2: h2c for <c>http://</c> addresses, TLS
/// (ALPN h2) for <c>https://</c>. Unary and server-streaming calls, <c>grpc-timeout</c> deadlines,
/// metadata, cancellation and message-size limits. Thread-safe; share one per address.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);
    private readonly HttpClient http;
    private readonly Uri address;

    /// <summary>Creates a client for an address such as <c>http://127.0.0.1:5001</c>.</summary>
    public GrpcClient(Uri address, GrpcClientOptions? options = null)
        : this(address, CreateHandler(options ?? new GrpcClientOptions()), options)
    {
    }

    /// <summary>Creates a client on a caller-supplied handler (the client disposes it).</summary>
    public GrpcClient(Uri address, HttpMessageHandler handler, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        this.address = address;
        Options = options ?? new GrpcClientOptions();
        http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The client's options.</summary>
    public GrpcClientOptions Options { get; }

    /// <summary>Makes a unary call and returns the response message.</summary>
    /// <exception cref="RpcException">The call ended with a status other than OK.</exception>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
        => (await UnaryCallAsync(method, request, options).ConfigureAwait(false)).Message;

    /// <summary>Makes a unary call and returns the response with its headers and trailers.</summary>
    /// <exception cref="RpcException">The call ended with a status other than OK.</exception>
    public async Task<GrpcResponse<TResponse>> UnaryCallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        await using var call = new ClientCall<TResponse>(this, method.ResponseParser, options);
        await call.StartAsync(method.FullName, request).ConfigureAwait(false);
        var message = await call.ReadNextAsync().ConfigureAwait(false);
        if (message is null)
        {
            throw new RpcException(StatusCode.Internal, "Failed to deserialize response message: no message received");
        }

        if (await call.ReadNextAsync().ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "Unary call received more than one response message");
        }

        return new GrpcResponse<TResponse>(message, call.ResponseHeaders, call.Trailers);
    }

    /// <summary>Starts a server-streaming call; read it with <see cref="ServerStreamingCall{T}.ReadAllAsync"/>.</summary>
    public ServerStreamingCall<TResponse> ServerStreaming<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var call = new ClientCall<TResponse>(this, method.ResponseParser, options);
        return new ServerStreamingCall<TResponse>(call, call.StartAsync(method.FullName, request));
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    internal async Task<HttpResponseMessage> SendAsync(string path, IMessage request, TimeSpan? timeout, Metadata? headers, CancellationToken ct)
    {
        var framed = GrpcFraming.Frame(request, Options.MaxSendMessageSize);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(framed),
        };
        message.Content.Headers.ContentType = GrpcContentType;
        var h = message.Headers;
        h.TryAddWithoutValidation("te", "trailers");
        h.TryAddWithoutValidation("user-agent", "rto-grpc-dotnet/1.0");
        h.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, "identity");
        if (timeout is { } t)
        {
            h.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(t));
        }

        if (Options.BearerToken is { } token)
        {
            h.TryAddWithoutValidation(Metadata.AuthorizationKey, "Bearer " + token);
        }

        if (headers is not null)
        {
            foreach (var e in headers)
            {
                h.TryAddWithoutValidation(e.Key, e.WireValue);
            }
        }

        return await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
    }

    private static SocketsHttpHandler CreateHandler(GrpcClientOptions options) => new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        SslOptions = options.SslOptions ?? new System.Net.Security.SslClientAuthenticationOptions(),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };
}
