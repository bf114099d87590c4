using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>
/// Requires <c>authorization: Bearer {token}</c> on every call except the standard health check; UNAUTHENTICATED
/// otherwise. Compared in constant time (as the cadastre simulator does). The log service has unary calls only.
/// </summary>
public sealed class BearerTokenInterceptor : Interceptor
{
    private const string HealthService = "/grpc.health.v1.Health/";
    private readonly byte[] _expected;

    /// <summary>Creates the interceptor for one token.</summary>
    public BearerTokenInterceptor(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _expected = Encoding.UTF8.GetBytes("Bearer " + token);
    }

    /// <inheritdoc />
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (!context.Method.StartsWith(HealthService, StringComparison.Ordinal))
        {
            var presented = context.RequestHeaders.GetValue("authorization") is { } h ? Encoding.UTF8.GetBytes(h) : [];
            if (!CryptographicOperations.FixedTimeEquals(presented, _expected))
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, "a valid bearer token is required"));
            }
        }

        return continuation(request, context);
    }

    /// <inheritdoc />
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "the log service has unary calls only"));
}
