using System.Net.Security;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>Options of a <see cref="GrpcClient"/>.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>Largest message the client accepts (RESOURCE_EXHAUSTED above it). Default 4 MiB.</summary>
    public int MaxReceiveMessageSize { get; set; } = Transport.GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest message the client sends (RESOURCE_EXHAUSTED above it). Default unlimited.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Token sent as <c>authorization: Bearer …</c> on every call, if set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Clock for deadlines (inject a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>TLS settings for <c>https</c> addresses (e.g. a custom certificate check); null for the defaults.</summary>
    public SslClientAuthenticationOptions? SslOptions { get; set; }
}
