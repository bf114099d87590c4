namespace RentToOwn.Eds.Verification;

/// <summary>Why a signature is not TOTAL_PASSED (ETSI EN 319 102-1, 5.1.3); serialised as FORMAT_FAILURE etc.</summary>
public enum SubIndication
{
    /// <summary>The CMS is not well-formed or lacks required CAdES attributes.</summary>
    FormatFailure,

    /// <summary>The message-digest does not match the document.</summary>
    HashFailure,

    /// <summary>The signature value does not verify with the signer's key.</summary>
    SigCryptoFailure,

    /// <summary>The signing certificate was revoked.</summary>
    Revoked,

    /// <summary>The signing certificate had expired at the (proven) signing time.</summary>
    Expired,

    /// <summary>The signing certificate was not yet valid at the signing time.</summary>
    NotYetValid,

    /// <summary>No chain to a trust anchor could be built.</summary>
    NoCertificateChainFound,

    /// <summary>The signing certificate is missing or does not match signing-certificate-v2.</summary>
    NoSigningCertificateFound,

    /// <summary>Key usage, role or expected signer do not fit the policy.</summary>
    ChainConstraintsFailure,

    /// <summary>Revocation status could not be obtained; try later.</summary>
    TryLater,

    /// <summary>The certificate is outside its validity at the best signature time and no proof of existence shows an earlier signing.</summary>
    OutOfBoundsNoPoe,
}
