using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>Runs one bound method for a call.</summary>
internal abstract class ServerMethodHandler
{
    public abstract Task HandleAsync(ServerCallContext call, CallResponse response, GrpcServerOptions options);

    /// <summary>Reads the single request message; INTERNAL when there is none or more than one.</summary>
    protected static async Task<T> ReadRequestAsync<T>(ServerCallContext call, MessageParser<T> parser, GrpcServerOptions options)
        where T : class, IMessage<T>
    {
        var reader = call.HttpContext.Request.BodyReader;
        var request = await GrpcFraming.ReadAsync(reader, parser, options.MaxReceiveMessageSize, call.CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "Request did not include a message.");
        if (await GrpcFraming.ReadAsync(reader, parser, options.MaxReceiveMessageSize, call.CancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "Request included more than one message for a method with a single request.");
        }

        return request;
    }
}
