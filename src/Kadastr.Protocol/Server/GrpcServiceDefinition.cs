using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>The methods a server answers, each bound to its handler.</summary>
public sealed class GrpcServiceDefinition
{
    private readonly Dictionary<string, ServerMethodHandler> handlers = new(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, ServerMethodHandler> Handlers => handlers;

    /// <summary>Binds a unary method.</summary>
    public GrpcServiceDefinition AddUnary<TRequest, TResponse>(
        Method<TRequest, TResponse> method, Func<TRequest, ServerCallContext, Task<TResponse>> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        handlers.Add(method.FullName, new UnaryMethodHandler<TRequest, TResponse>(method, handler));
        return this;
    }

    /// <summary>Binds a server-streaming method.</summary>
    public GrpcServiceDefinition AddServerStreaming<TRequest, TResponse>(
        Method<TRequest, TResponse> method, Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        handlers.Add(method.FullName, new StreamingMethodHandler<TRequest, TResponse>(method, handler));
        return this;
    }
}
