using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>One request in, a stream of responses out.</summary>
internal sealed class StreamingMethodHandler<TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler) : ServerMethodHandler
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    public override async Task HandleAsync(ServerCallContext call, CallResponse response, GrpcServerOptions options)
    {
        var request = await ReadRequestAsync(call, method.RequestParser, options).ConfigureAwait(false);
        await handler(request, new Writer(response, call.CancellationToken), call).ConfigureAwait(false);
    }

    private sealed class Writer(CallResponse response, CancellationToken ct) : IServerStreamWriter<TResponse>
    {
        public Task WriteAsync(TResponse message) => response.WriteAsync(message, ct);
    }
}
