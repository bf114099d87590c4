using RentToOwn.Eds.Verification;

namespace RentToOwn.Platform.Signing;

/// <summary>Configuration section <c>Eds</c>: where trust comes from and who KTK is.</summary>
public sealed class EdsOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Eds";

    /// <summary>
    /// PKI folder (made by <c>rto pki init</c>): trust/ holds anchors, intermediates and CRLs. Relative paths
    /// are under the data directory; default <c>pki</c>.
    /// </summary>
    public string PkiDirectory { get; set; } = "pki";

    /// <summary>Create a test PKI with the demo parties on first start when the folder is empty (embedded default).</summary>
    public bool CreateTestPki { get; set; } = true;

    /// <summary>Add the demo parties to the platform directory (only together with a test PKI).</summary>
    public bool SeedDemoUsers { get; set; } = true;

    /// <summary>KTK's BIN: officer and head roles need a certificate of this organisation (A.16, A.18).</summary>
    public string KtkBin { get; set; } = "040540000103";

    /// <summary>
    /// Where the browser finds NCALayer (tried in order). The real NCALayer listens on wss://127.0.0.1:13579;
    /// <c>rto signer serve</c> on ws://127.0.0.1:13579. These URLs also go into the CSP's connect-src.
    /// </summary>
    public string[] NcaLayerUrls { get; set; } = ["wss://127.0.0.1:13579/", "ws://127.0.0.1:13579/"];

    /// <summary>How long CRLs read from the trust directory are used before they are read again.</summary>
    public TimeSpan CrlRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The site's origin written into the login text the person signs (e.g. <c>https://rto.example.kz</c>); empty: the
    /// request's scheme and host.
    /// </summary>
    public string? LoginOrigin { get; set; }

    /// <summary>The registrar organisation's BIN (State Corporation), for the registrar role (A.21).</summary>
    public string RegistrarBin { get; set; } = "120340000202";

    /// <summary>Bounds on one verification (<c>Eds:Limits:*</c>; issue 15: a CMS costs bounded time and memory).</summary>
    public EdsLimitOptions Limits { get; set; } = new();
}

/// <summary>Configuration section <c>Eds:Limits</c>; the defaults are <see cref="VerificationLimits.Default"/>'s.</summary>
public sealed class EdsLimitOptions
{
    /// <summary>Most SignerInfos in one CMS (a login always allows exactly one).</summary>
    public int MaxSigners { get; set; } = VerificationLimits.Default.MaxSigners;

    /// <summary>Most certificates in one CMS and in a timestamp token inside it.</summary>
    public int MaxCertificates { get; set; } = VerificationLimits.Default.MaxCertificates;

    /// <summary>Seconds of work one verification may take.</summary>
    public double MaxSeconds { get; set; } = VerificationLimits.Default.MaxDuration.TotalSeconds;

    /// <summary>The limits for the verifier.</summary>
    /// <exception cref="InvalidOperationException">When a bound is not positive.</exception>
    public VerificationLimits ToLimits() =>
        MaxSigners < 1 || MaxCertificates < 1 || !(MaxSeconds > 0)
            ? throw new InvalidOperationException(
                $"Eds:Limits: MaxSigners ({MaxSigners}), MaxCertificates ({MaxCertificates}) and MaxSeconds ({MaxSeconds}) must be positive")
            : new VerificationLimits { MaxSigners = MaxSigners, MaxCertificates = MaxCertificates, MaxDuration = TimeSpan.FromSeconds(MaxSeconds) };
}
