namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>How <c>rto ledger serve</c> listens.</summary>
public sealed class LogServiceOptions
{
    /// <summary>IP address to listen on.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port; 0 lets the server take a free one.</summary>
    public int Port { get; init; }

    /// <summary>Required bearer token (none: no authentication, for a log on a private socket only).</summary>
    public string? Token { get; init; }

    /// <summary>TLS certificate (PKCS#12) to serve HTTPS with; without it the endpoint is h2c.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Password of <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Allows a token over h2c (Development only: the token would travel in clear).</summary>
    public bool AllowTokenOverPlaintext { get; init; }
}
