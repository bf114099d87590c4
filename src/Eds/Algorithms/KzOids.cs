namespace RentToOwn.Eds.Algorithms;

/// <summary>Object identifiers used by NCA RK (Kazakhstan's national certification authority) and by CAdES.</summary>
public static class KzOids
{
    /// <summary>GOST 34.10-2015 512-bit public key (Kazakhstan arc).</summary>
    public const string GostKey = "1.2.398.3.10.1.1.2.2";

    /// <summary>GOST 34.10-2015 512-bit signature with the Streebog-512 hash (Kazakhstan arc).</summary>
    public const string GostSignature = "1.2.398.3.10.1.1.2.3.2";

    /// <summary>GOST R 34.11-2012 (Streebog) 512-bit digest.</summary>
    public const string Streebog512 = "1.2.643.7.1.1.2.3";

    /// <summary>SHA-256.</summary>
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";

    /// <summary>rsaEncryption.</summary>
    public const string RsaKey = "1.2.840.113549.1.1.1";

    /// <summary>sha256WithRSAEncryption.</summary>
    public const string Sha256WithRsa = "1.2.840.113549.1.1.11";

    /// <summary>EKU emailProtection: NCA puts it on signing (non-repudiation) certificates.</summary>
    public const string EkuSigning = "1.3.6.1.5.5.7.3.4";

    /// <summary>EKU clientAuth: NCA puts it on AUTH certificates.</summary>
    public const string EkuAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>EKU timeStamping (RFC 3161 TSA certificates).</summary>
    public const string EkuTimeStamping = "1.3.6.1.5.5.7.3.8";

    /// <summary>EKU OCSPSigning.</summary>
    public const string EkuOcspSigning = "1.3.6.1.5.5.7.3.9";

    /// <summary>Role: individual (физическое лицо).</summary>
    public const string RoleIndividual = "1.2.398.3.3.4.1.1";

    /// <summary>Role: legal-entity employee (юридическое лицо).</summary>
    public const string RoleLegalEntity = "1.2.398.3.3.4.1.2";

    /// <summary>Role: head of a legal entity (первый руководитель).</summary>
    public const string RoleHead = "1.2.398.3.3.4.1.2.1";

    /// <summary>Role: person with signing rights (право подписи).</summary>
    public const string RoleSigningRights = "1.2.398.3.3.4.1.2.2";

    /// <summary>Role: employee (сотрудник).</summary>
    public const string RoleEmployee = "1.2.398.3.3.4.1.2.5";

    /// <summary>Prefix of every NCA role OID.</summary>
    public const string RolePrefix = "1.2.398.3.3.4.";

    /// <summary>CMS attribute content-type.</summary>
    public const string AttrContentType = "1.2.840.113549.1.9.3";

    /// <summary>CMS attribute message-digest.</summary>
    public const string AttrMessageDigest = "1.2.840.113549.1.9.4";

    /// <summary>CMS attribute signing-time.</summary>
    public const string AttrSigningTime = "1.2.840.113549.1.9.5";

    /// <summary>ESS signing-certificate-v2 (RFC 5035).</summary>
    public const string AttrSigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    /// <summary>Unsigned attribute signature-time-stamp-token (CAdES-T).</summary>
    public const string AttrSignatureTimeStamp = "1.2.840.113549.1.9.16.2.14";

    /// <summary>CMS id-data content type.</summary>
    public const string Data = "1.2.840.113549.1.7.1";

    /// <summary>CMS id-signedData content type.</summary>
    public const string SignedData = "1.2.840.113549.1.7.2";

    /// <summary>Test TSA policy of this product's stand-in TSA.</summary>
    public const string TestTsaPolicy = "1.2.398.3.3.2.6.1";
}
