using System.Net.Security;

namespace RentToOwn.Kadastr.Protocol.Calls;

/// <summary>How <see cref="KadastrChannel"/> reaches the cadastre.</summary>
public sealed class KadastrChannelOptions
{
    /// <summary>Token sent as <c>authorization: Bearer …</c> call credentials on every call, if set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// Allows the bearer token over a plaintext (<c>http://</c>) channel. Only for Development and local runs:
    /// elsewhere a token needs an <c>https://</c> address.
    /// </summary>
    public bool AllowTokenOverPlaintext { get; set; }

    /// <summary>Largest message the client accepts (RESOURCE_EXHAUSTED above it). Default 4 MiB, as in gRPC.</summary>
    public int? MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest message the client sends (RESOURCE_EXHAUSTED above it). Default unlimited.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>TLS settings for <c>https</c> addresses (e.g. a pinned certificate check); null for the system's.</summary>
    public SslClientAuthenticationOptions? SslOptions { get; set; }
}
