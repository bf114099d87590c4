namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>Header names and values of the gRPC-over-HTTP/2 protocol (grpc/doc/PROTOCOL-HTTP2.md).</summary>
public static class GrpcProtocol
{
    /// <summary>The content type of gRPC requests and responses.</summary>
    public const string ContentType = "application/grpc";
    /// <summary>Status code trailer.</summary>
    public const string StatusHeader = "grpc-status";
    /// <summary>Percent-encoded status message trailer.</summary>
    public const string MessageHeader = "grpc-message";
    /// <summary>Deadline header.</summary>
    public const string TimeoutHeader = "grpc-timeout";
    /// <summary>Message encoding header.</summary>
    public const string EncodingHeader = "grpc-encoding";
    /// <summary>Accepted encodings header.</summary>
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    /// <summary>Default maximum size of one received message (4 MiB, as in other gRPC implementations).</summary>
    public const int DefaultMaxReceiveMessageSize = 4 * 1024 * 1024;

    /// <summary>True for <c>application/grpc</c> and <c>application/grpc+proto</c> (with parameters).</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (contentType.Length == ContentType.Length)
        {
            return true;
        }

        var rest = contentType.AsSpan(ContentType.Length);
        return rest[0] is ';' || rest.StartsWith("+proto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for headers that belong to the protocol, not to user metadata.</summary>
    public static bool IsReservedHeader(string key) =>
        key.StartsWith(':') || key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase)
        || key is "content-type" or "te" or "user-agent" or "content-length" or "host" or "accept-encoding"
            or "date" or "server" or "transfer-encoding" or "connection";
}
