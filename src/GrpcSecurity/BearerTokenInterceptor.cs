using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RentToOwn.GrpcSecurity;

/// <summary>
/// Requires <c>authorization: Bearer {token}</c> on every call of every kind except the standard health check (load
/// balancers probe without credentials); UNAUTHENTICATED otherwise. The token is compared in constant time. One
/// interceptor for the project's gRPC servers: the cadastre simulator and the ledger's log service.
/// </summary>
public sealed class BearerTokenInterceptor : Interceptor
{
    private const string HealthService = "/grpc.health.v1.Health/";
    private readonly byte[] expected;

    /// <summary>Creates the interceptor for one token.</summary>
    public BearerTokenInterceptor(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        expected = Encoding.UTF8.GetBytes("Bearer " + token);
    }

    /// <inheritdoc />
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, context);
    }

    /// <inheritdoc />
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    /// <inheritdoc />
    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, context);
    }

    /// <inheritdoc />
    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authenticate(ServerCallContext context)
    {
        if (context.Method.StartsWith(HealthService, StringComparison.Ordinal))
        {
            return;
        }

        var presented = context.RequestHeaders.GetValue("authorization") is { } h ? Encoding.UTF8.GetBytes(h) : [];
        // FixedTimeEquals takes as long for any content of equal length: the comparison leaks no prefix of the token.
        if (!CryptographicOperations.FixedTimeEquals(presented, expected))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "a valid bearer token is required"));
        }
    }
}
