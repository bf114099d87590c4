using Grpc.Core;
using Grpc.Net.Client;

namespace RentToOwn.Kadastr.Protocol.Calls;

/// <summary>
/// Builds the Grpc.Net.Client channel to the cadastre: HTTP/2 (h2c for <c>http://</c>, TLS for <c>https://</c>),
/// several connections under load, keep-alive pings, and the bearer token as call credentials.
/// </summary>
public static class KadastrChannel
{
    /// <summary>Creates a channel; dispose it to close its connections.</summary>
    /// <exception cref="InvalidOperationException">A bearer token over plaintext without <see cref="KadastrChannelOptions.AllowTokenOverPlaintext"/>.</exception>
    public static GrpcChannel Create(Uri address, KadastrChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var o = options ?? new KadastrChannelOptions();
        var secure = address.Scheme == Uri.UriSchemeHttps;
        if (o.BearerToken is not null && !secure && !o.AllowTokenOverPlaintext)
        {
            throw new InvalidOperationException(
                $"Refusing to send the cadastre's bearer token over plaintext ({address}): use an https:// endpoint (plaintext is allowed in Development only).");
        }

        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            SslOptions = o.SslOptions ?? new System.Net.Security.SslClientAuthenticationOptions(),
            UseCookies = false,
            UseProxy = false,
        };
        var channelOptions = new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = o.MaxReceiveMessageSize,
            MaxSendMessageSize = o.MaxSendMessageSize,
        };
        if (o.BearerToken is { } token)
        {
            var bearer = CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", "Bearer " + token);
                return Task.CompletedTask;
            });
            channelOptions.Credentials = ChannelCredentials.Create(secure ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure, bearer);
            // Grpc.Net.Client drops call credentials on plaintext channels unless told otherwise; checked above.
            channelOptions.UnsafeUseInsecureChannelCallCredentials = !secure;
        }

        return GrpcChannel.ForAddress(address, channelOptions);
    }
}
