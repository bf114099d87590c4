using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>A completed unary call: the message with the response headers and trailers.</summary>
/// <typeparam name="T">The response message.</typeparam>
/// <param name="Message">The response.</param>
/// <param name="Headers">Response metadata (headers).</param>
/// <param name="Trailers">Response metadata sent in trailers.</param>
public sealed record GrpcResponse<T>(T Message, Metadata Headers, Metadata Trailers);
