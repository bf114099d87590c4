using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>The validation result of one CMS SignerInfo (modelled on EU DSS's simple report).</summary>
public sealed record SignatureValidation
{
    /// <summary>TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE.</summary>
    public required Indication Indication { get; init; }

    /// <summary>Reason when not passed.</summary>
    public SubIndication? SubIndication { get; init; }

    /// <summary>Findings that led to the indication.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Findings that did not change the indication (e.g. an ignored invalid timestamp).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The signer, when the signing certificate was found.</summary>
    public SignerIdentity? Signer { get; init; }

    /// <summary>
    /// DER of the certificate this signature was verified with: the one the SignerInfo names and signing-certificate-v2
    /// pins, whose key checked the signature. Set once it was identified (also when a later check fails). Use this
    /// one, never a certificate looked up in the CMS again: a CMS may carry look-alikes (same serial, other subject).
    /// </summary>
    public byte[]? SignerCertificate { get; init; }

    /// <summary>KeyUsage bit names of the signing certificate.</summary>
    public IReadOnlyList<string> KeyUsage { get; init; } = [];

    /// <summary>Extended key usage OIDs of the signing certificate (includes NCA role OIDs).</summary>
    public IReadOnlyList<string> ExtendedKeyUsage { get; init; } = [];

    /// <summary>What the key usage allows: signing or authentication, or null when neither.</summary>
    public KeyPurpose? KeyPurpose { get; init; }

    /// <summary>Signature algorithm OID of the SignerInfo.</summary>
    public string? SignatureAlgorithm { get; init; }

    /// <summary>Digest algorithm OID of the SignerInfo.</summary>
    public string? DigestAlgorithm { get; init; }

    /// <summary>signing-time attribute: what the signer claims (not proof).</summary>
    public DateTimeOffset? ClaimedSigningTime { get; init; }

    /// <summary>genTime of a valid signature timestamp (proof of existence), if any.</summary>
    public DateTimeOffset? TimestampTime { get; init; }

    /// <summary>Time at which certificate validity and revocation were judged: the timestamp's time, else the validation time.</summary>
    public DateTimeOffset? BestSignatureTime { get; init; }

    /// <summary>The certificate chain, signer first, anchor last.</summary>
    public IReadOnlyList<CertificateSummary> Chain { get; init; } = [];

    /// <summary>Which revocation source answered for the signing certificate.</summary>
    public string? RevocationSource { get; init; }

    /// <summary>Revocation time of the signing certificate, when revoked.</summary>
    public DateTimeOffset? RevocationTime { get; init; }
}
