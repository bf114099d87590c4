using Google.Protobuf;

namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>Describes one RPC: its full path <c>/package.Service/Method</c> and message parsers.</summary>
/// <typeparam name="TRequest">Request message.</typeparam>
/// <typeparam name="TResponse">Response message.</typeparam>
/// <param name="Type">Unary or server streaming.</param>
/// <param name="ServiceName">Fully qualified service name, e.g. <c>rto.kadastr.v1.RealEstateRegistry</c>.</param>
/// <param name="Name">Method name.</param>
/// <param name="RequestParser">Parser of requests.</param>
/// <param name="ResponseParser">Parser of responses.</param>
public sealed record Method<TRequest, TResponse>(
    MethodType Type,
    string ServiceName,
    string Name,
    MessageParser<TRequest> RequestParser,
    MessageParser<TResponse> ResponseParser)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    /// <summary>The HTTP/2 <c>:path</c> of the method.</summary>
    public string FullName => "/" + ServiceName + "/" + Name;
}
