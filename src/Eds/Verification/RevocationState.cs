namespace RentToOwn.Eds.Verification;

/// <summary>What a revocation source says about one certificate.</summary>
public enum RevocationState
{
    /// <summary>Not revoked (as of the source's information).</summary>
    Good,

    /// <summary>Revoked at <see cref="RevocationStatus.RevokedAt"/>.</summary>
    Revoked,

    /// <summary>The source cannot tell (stale CRL, unknown to OCSP, unreachable).</summary>
    Unknown,
}
