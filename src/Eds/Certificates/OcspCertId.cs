using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Certificates;

/// <summary>
/// Builds OCSP CertIDs (SHA-1 of issuer name and key bits, RFC 6960 4.1.1) from the raw SubjectPublicKeyInfo,
/// because BouncyCastle's CertificateID decodes the issuer key and rejects Kazakhstan's GOST key OID.
/// </summary>
public static class OcspCertId
{
    /// <summary>The CertID of <paramref name="serial"/> under <paramref name="issuer"/>.</summary>
    public static CertificateID For(X509Certificate issuer, BigInteger serial)
    {
        var nameHash = SHA1.HashData(issuer.SubjectDN.GetEncoded(Asn1Encodable.Der));
        var keyHash = SHA1.HashData(issuer.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetBytes());
        var algorithm = new AlgorithmIdentifier(new DerObjectIdentifier(OiwObjectIdentifiers.IdSha1.Id), DerNull.Instance);
        return new CertificateID(new CertID(algorithm, new DerOctetString(nameHash), new DerOctetString(keyHash), new DerInteger(serial)));
    }

    /// <summary>True when <paramref name="id"/> names a certificate of <paramref name="issuer"/>.</summary>
    public static bool MatchesIssuer(CertificateID id, X509Certificate issuer) =>
        id.HashAlgOid == OiwObjectIdentifiers.IdSha1.Id && For(issuer, id.SerialNumber).Equals(id);
}
