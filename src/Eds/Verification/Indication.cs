namespace RentToOwn.Eds.Verification;

/// <summary>Main validation status (ETSI EN 319 102-1, 5.1.3); serialised as TOTAL_PASSED etc.</summary>
public enum Indication
{
    /// <summary>All checks passed.</summary>
    TotalPassed,

    /// <summary>The signature is invalid (crypto, hash, revoked at signing time, wrong signer…).</summary>
    TotalFailed,

    /// <summary>Not enough information to decide (no chain, revocation unavailable, no proof of existence…).</summary>
    Indeterminate,
}
