using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>One request in, one response out.</summary>
internal sealed class UnaryMethodHandler<TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TRequest, ServerCallContext, Task<TResponse>> handler) : ServerMethodHandler
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    public override async Task HandleAsync(ServerCallContext call, CallResponse response, GrpcServerOptions options)
    {
        var request = await ReadRequestAsync(call, method.RequestParser, options).ConfigureAwait(false);
        var reply = await handler(request, call).ConfigureAwait(false);
        await response.WriteAsync(reply, call.CancellationToken).ConfigureAwait(false);
    }
}
