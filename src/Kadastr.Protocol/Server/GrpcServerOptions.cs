using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>Options of the server transport.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted (RESOURCE_EXHAUSTED above it). Default 4 MiB.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest response message sent (RESOURCE_EXHAUSTED above it). Default unlimited.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Clock for deadlines.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Runs before every handler (e.g. authentication); return a non-OK status to end the call
    /// with it, or null to continue.
    /// </summary>
    public Func<ServerCallContext, ValueTask<Status?>>? Interceptor { get; set; }
}
