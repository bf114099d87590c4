namespace RentToOwn.Eds.Pki;

/// <summary>The kinds of certificates the test PKI issues.</summary>
public enum CertificateKind
{
    /// <summary>A person's signing or AUTH certificate.</summary>
    EndEntity,

    /// <summary>A certification authority (root or issuing).</summary>
    CertificateAuthority,

    /// <summary>A timestamp authority (EKU timeStamping, critical).</summary>
    TimestampAuthority,
}
