using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>A parsed certificate with its verification key, kept by the verifier keyed by its DER hash.</summary>
internal sealed class CachedCertificate
{
    private readonly Lazy<SignatureCheck?> _check;

    public CachedCertificate(X509Certificate certificate, byte[] der, string key)
    {
        Certificate = certificate;
        Der = der;
        Key = key;
        _check = new Lazy<SignatureCheck?>(() =>
        {
            try
            {
                return SignatureCheck.FromSubjectPublicKeyInfo(certificate.CertificateStructure.SubjectPublicKeyInfo);
            }
            catch (FormatException)
            {
                return null;
            }
        });
    }

    public X509Certificate Certificate { get; }

    public byte[] Der { get; }

    /// <summary>SHA-256 of the DER, hex.</summary>
    public string Key { get; }

    /// <summary>The public key, or null when unsupported/malformed.</summary>
    public SignatureCheck? Check => _check.Value;

    public bool IsSelfIssued => Certificate.SubjectDN.Equivalent(Certificate.IssuerDN);
}
