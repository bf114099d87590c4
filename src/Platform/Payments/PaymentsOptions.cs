namespace RentToOwn.Platform.Payments;

/// <summary>Configuration section <c>Payments</c>.</summary>
public sealed class PaymentsOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Payments";

    /// <summary>
    /// The acquirer's public key (PEM, SubjectPublicKeyInfo, ECDSA P-256) that signs callbacks. Empty: the
    /// embedded sandbox acquirer's test key from the data directory (never in production).
    /// </summary>
    public string? ProviderPublicKeyPem { get; set; }

    /// <summary>A file holding <see cref="ProviderPublicKeyPem"/> instead.</summary>
    public string? ProviderPublicKeyPath { get; set; }

    /// <summary>The platform's public base URL the acquirer posts callbacks to; empty: the server's own bound address.</summary>
    public string? CallbackBaseUrl { get; set; }

    /// <summary>How often confirmation handlers that failed are retried.</summary>
    public TimeSpan HandlerRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The sandbox acquirer (the local stand-in for a bank's acquiring service).</summary>
    public SandboxAcquirerOptions Sandbox { get; set; } = new();
}
