namespace RentToOwn.Eds.Verification;

/// <summary>Options of one <see cref="CadesVerifier"/> instance.</summary>
public sealed record CadesVerifierOptions
{
    /// <summary>
    /// Most certificates kept across requests (least recently used go first). Only certificates that chained to
    /// a trust anchor are kept; untrusted certificates embedded in a CMS live for one verification only.
    /// </summary>
    public int MaxCachedCertificates { get; init; } = 1024;
}
