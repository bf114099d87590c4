using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>What a verification requires and what it may use.</summary>
public sealed record VerificationPolicy
{
    /// <summary>Creates a policy over a trust store.</summary>
    public VerificationPolicy(TrustStore trust, IReadOnlyList<IRevocationSource> revocation, TimeProvider time)
    {
        Trust = trust;
        Revocation = revocation;
        Time = time;
    }

    /// <summary>Trust anchors and intermediates.</summary>
    public TrustStore Trust { get; init; }

    /// <summary>Revocation sources, asked in order; the first definitive answer (Good/Revoked) wins.</summary>
    public IReadOnlyList<IRevocationSource> Revocation { get; init; }

    /// <summary>The validation clock ("now"; the best signature time when there is no timestamp).</summary>
    public TimeProvider Time { get; init; }

    /// <summary>Key purpose the signature needs: documents need <see cref="KeyPurpose.Signing"/>, logins <see cref="KeyPurpose.Authentication"/>.</summary>
    public KeyPurpose RequiredPurpose { get; init; } = KeyPurpose.Signing;

    /// <summary>Optional expected signer; a mismatch gives TOTAL_FAILED / CHAIN_CONSTRAINTS_FAILURE.</summary>
    public ExpectedSigner? ExpectedSigner { get; init; }

    /// <summary>Bounds on the work of one verification (SignerInfos, certificates, time).</summary>
    public VerificationLimits Limits { get; init; } = VerificationLimits.Default;

    /// <summary>Longest chain accepted (signer to anchor inclusive).</summary>
    public int MaxChainLength { get; init; } = 6;
}
