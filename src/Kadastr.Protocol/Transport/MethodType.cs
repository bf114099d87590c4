namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>The call shapes this transport supports.</summary>
public enum MethodType
{
    /// <summary>One request, one response.</summary>
    Unary,
    /// <summary>One request, a stream of responses.</summary>
    ServerStreaming,
}
