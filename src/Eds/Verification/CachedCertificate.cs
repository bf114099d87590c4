using System.Numerics;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// A parsed certificate with everything the verifier derives from it (key, identity, summary), computed once and
/// kept for one verification, or across verifications once it chained to a trust anchor (<see cref="CertificateCache"/>).
/// </summary>
internal sealed class CachedCertificate : IDisposable
{
    private volatile ValidatedChain? _chain;

    private readonly Lazy<SignatureCheck?> _check;
    private readonly Lazy<Description> _description;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _hashes = new();

    public CachedCertificate(X509Certificate certificate, byte[] der, string key)
    {
        Certificate = certificate;
        Der = der;
        Key = key;
        IssuerNameDer = certificate.IssuerDN.GetEncoded(Asn1Encodable.Der);
        Serial = new BigInteger(certificate.SerialNumber.ToByteArray(), isUnsigned: false, isBigEndian: true);
        SerialHex = certificate.SerialNumber.ToString(16);
        NotBefore = new DateTimeOffset(certificate.NotBefore, TimeSpan.Zero);
        NotAfter = new DateTimeOffset(certificate.NotAfter, TimeSpan.Zero);
        var ski = certificate.GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.SubjectKeyIdentifier);
        SubjectKeyId = ski is null ? null : Asn1OctetString.GetInstance(Asn1Object.FromByteArray(ski.GetOctets())).GetOctets();
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
        _description = new Lazy<Description>(() => Describe(certificate));
    }

    public X509Certificate Certificate { get; }

    public byte[] Der { get; }

    /// <summary>SHA-256 of the DER, hex.</summary>
    public string Key { get; }

    public byte[] IssuerNameDer { get; }

    public BigInteger Serial { get; }

    public string SerialHex { get; }

    public byte[]? SubjectKeyId { get; }

    public DateTimeOffset NotBefore { get; }

    public DateTimeOffset NotAfter { get; }

    /// <summary>The public key, or null when unsupported/malformed.</summary>
    public SignatureCheck? Check => _check.Value;

    public SignerIdentity Signer => _description.Value.Signer;

    public IReadOnlyList<string> KeyUsage => _description.Value.KeyUsage;

    public IReadOnlyList<string> ExtendedKeyUsage => _description.Value.ExtendedKeyUsage;

    public KeyPurpose? Purpose => _description.Value.Purpose;

    public bool Allows(KeyPurpose purpose) => purpose == KeyPurpose.Signing ? _description.Value.Signing : _description.Value.Authentication;

    public CertificateSummary Summary => _description.Value.Summary;

    /// <summary>The chain this certificate was validated with under <paramref name="trust"/>, if any.</summary>
    public IReadOnlyList<CachedCertificate>? ChainFor(TrustStore trust) => _chain is { } c && ReferenceEquals(c.Trust, trust) ? c.Chain : null;

    /// <summary>Remembers a chain that reached one of <paramref name="trust"/>'s anchors.</summary>
    public void KeepChain(TrustStore trust, IReadOnlyList<CachedCertificate> chain) => _chain = new ValidatedChain(trust, chain);

    /// <summary>Releases the OS key handle (only for certificates no cache holds).</summary>
    public void Dispose()
    {
        if (_check.IsValueCreated)
        {
            _check.Value?.Dispose();
        }
    }

    /// <summary>Digest of the DER (for signing-certificate-v2), memoised per algorithm.</summary>
    public byte[] Hash(string digestOid) => _hashes.GetOrAdd(digestOid, oid => Digests.Compute(oid, Der));

    private static Description Describe(X509Certificate c)
    {
        var subject = NcaCertificates.Subject(c);
        var signing = NcaCertificates.Allows(c, KeyPurpose.Signing);
        var auth = NcaCertificates.Allows(c, KeyPurpose.Authentication);
        return new Description(
            new SignerIdentity(subject.Iin, subject.Bin, subject.CommonName, subject.Organization, subject.RoleOids),
            NcaCertificates.KeyUsageNames(c),
            NcaCertificates.ExtendedKeyUsages(c),
            signing ? KeyPurpose.Signing : auth ? KeyPurpose.Authentication : null,
            signing,
            auth,
            new CertificateSummary(c.SubjectDN.ToString(), c.IssuerDN.ToString(), c.SerialNumber.ToString(16),
                new DateTimeOffset(c.NotBefore, TimeSpan.Zero), new DateTimeOffset(c.NotAfter, TimeSpan.Zero),
                c.CertificateStructure.SubjectPublicKeyInfo.Algorithm.Algorithm.Id, false));
    }

    private sealed record ValidatedChain(TrustStore Trust, IReadOnlyList<CachedCertificate> Chain);

    private sealed record Description(SignerIdentity Signer, IReadOnlyList<string> KeyUsage, IReadOnlyList<string> ExtendedKeyUsage,
        KeyPurpose? Purpose, bool Signing, bool Authentication, CertificateSummary Summary);
}
