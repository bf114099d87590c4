using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// A certification authority of the test PKI: issues certificates with NCA's profiles, keeps its revocations,
/// and publishes CRLs. Stand-in for NCA RK's root and issuing CAs.
/// </summary>
public sealed class CertificateAuthority
{
    private readonly List<Revocation> _revocations = [];
    private readonly HashSet<string> _issued = [];

    /// <summary>Wraps an existing CA key and certificate (e.g. loaded from disk).</summary>
    public CertificateAuthority(string name, AsymmetricKeyParameter privateKey, X509Certificate certificate, IEnumerable<Revocation>? revocations = null, IEnumerable<string>? issued = null, long crlNumber = 0)
    {
        Name = name;
        PrivateKey = privateKey;
        Certificate = certificate;
        _revocations.AddRange(revocations ?? []);
        _issued.UnionWith(issued ?? []);
        CrlNumber = crlNumber;
    }

    /// <summary>Short name used for file names (root, rsa-ca, gost-ca).</summary>
    public string Name { get; }

    /// <summary>The CA's private key.</summary>
    public AsymmetricKeyParameter PrivateKey { get; }

    /// <summary>The CA's certificate.</summary>
    public X509Certificate Certificate { get; }

    /// <summary>The key family of the CA key.</summary>
    public KeyAlgorithm Algorithm => Signatures.AlgorithmOf(PrivateKey);

    /// <summary>Revocations so far.</summary>
    public IReadOnlyList<Revocation> Revocations => _revocations;

    /// <summary>Serials (hex) this CA issued.</summary>
    public IReadOnlyCollection<string> Issued => _issued;

    /// <summary>Number of the last CRL published.</summary>
    public long CrlNumber { get; private set; }

    /// <summary>Creates a self-signed root CA.</summary>
    public static CertificateAuthority CreateRoot(string name, string commonName, AsymmetricCipherKeyPair keys, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var subject = new X509Name($"CN={commonName}, C=KZ");
        var spki = PublicKeys.Encode(keys.Public);
        var cert = Build(keys.Private, subject, subject, spki, spki, NewSerial(), CertificateTemplate.IssuingCa, notBefore, notAfter, pathLength: null);
        return new CertificateAuthority(name, keys.Private, cert);
    }

    /// <summary>Issues a certificate for <paramref name="publicKey"/>.</summary>
    public X509Certificate Issue(X509Name subject, AsymmetricKeyParameter publicKey, CertificateTemplate template, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var cert = Build(PrivateKey, Certificate.SubjectDN, subject, PublicKeys.Encode(publicKey), Certificate.CertificateStructure.SubjectPublicKeyInfo,
            NewSerial(), template, notBefore, notAfter, pathLength: 0);
        _issued.Add(cert.SerialNumber.ToString(16));
        return cert;
    }

    /// <summary>Creates a subordinate CA signed by this one.</summary>
    public CertificateAuthority CreateIssuingCa(string name, string commonName, AsymmetricCipherKeyPair keys, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var cert = Issue(new X509Name($"CN={commonName}, C=KZ"), keys.Public, CertificateTemplate.IssuingCa, notBefore, notAfter);
        return new CertificateAuthority(name, keys.Private, cert);
    }

    /// <summary>True when this CA issued <paramref name="serialHex"/>.</summary>
    public bool HasIssued(string serialHex) => _issued.Contains(Normalize(serialHex));

    /// <summary>Revokes a serial at <paramref name="at"/> (reason keyCompromise by default).</summary>
    public Revocation Revoke(string serialHex, DateTimeOffset at, int reason = CrlReason.KeyCompromise)
    {
        var serial = Normalize(serialHex);
        var existing = _revocations.FirstOrDefault(r => r.SerialHex == serial);
        if (existing is not null)
        {
            return existing;
        }

        var revocation = new Revocation(serial, at, reason);
        _revocations.Add(revocation);
        return revocation;
    }

    /// <summary>Publishes a CRL (DER) listing every revocation so far.</summary>
    public byte[] CreateCrl(DateTimeOffset thisUpdate, DateTimeOffset nextUpdate)
    {
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(Certificate.SubjectDN);
        generator.SetThisUpdate(thisUpdate.UtcDateTime);
        generator.SetNextUpdate(nextUpdate.UtcDateTime);
        foreach (var r in _revocations)
        {
            generator.AddCrlEntry(new BigInteger(r.SerialHex, 16), r.RevokedAt.UtcDateTime, r.Reason);
        }

        CrlNumber++;
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.ValueOf(CrlNumber)));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false,
            new AuthorityKeyIdentifier(SubjectKeyIdentifierOf(Certificate.CertificateStructure.SubjectPublicKeyInfo)));
        return generator.Generate(new KeySignatureFactory(PrivateKey)).GetEncoded();
    }

    private static string Normalize(string serialHex) => new BigInteger(serialHex.Trim(), 16).ToString(16);

    private static BigInteger NewSerial() => new(1, RandomNumberGenerator.GetBytes(16));

    private static byte[] SubjectKeyIdentifierOf(SubjectPublicKeyInfo spki) =>
        SHA1.HashData(spki.PublicKey.GetBytes());

    private static X509Certificate Build(AsymmetricKeyParameter issuerKey, X509Name issuer, X509Name subject, SubjectPublicKeyInfo spki,
        SubjectPublicKeyInfo issuerSpki, BigInteger serial, CertificateTemplate template, DateTimeOffset notBefore, DateTimeOffset notAfter, int? pathLength)
    {
        var algorithm = Signatures.SignatureAlgorithm(Signatures.AlgorithmOf(issuerKey));
        var extensions = new X509ExtensionsGenerator();
        extensions.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(SubjectKeyIdentifierOf(spki)));
        extensions.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(SubjectKeyIdentifierOf(issuerSpki)));
        switch (template.Kind)
        {
            case CertificateKind.CertificateAuthority:
                extensions.AddExtension(X509Extensions.BasicConstraints, true,
                    pathLength is { } p ? new BasicConstraints(p) : new BasicConstraints(true));
                extensions.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign | KeyUsage.DigitalSignature));
                break;
            case CertificateKind.TimestampAuthority:
                extensions.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
                extensions.AddExtension(X509Extensions.ExtendedKeyUsage, true, new DerSequence(new DerObjectIdentifier(KzOids.EkuTimeStamping)));
                break;
            default:
                var usage = template.Purpose == KeyPurpose.Signing
                    ? KeyUsage.DigitalSignature | KeyUsage.NonRepudiation
                    : KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment;
                extensions.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(usage));
                var eku = template.Purpose == KeyPurpose.Signing ? KzOids.EkuSigning : KzOids.EkuAuthentication;
                var oids = new[] { eku }.Concat(template.RoleOids).Select(o => (Asn1Encodable)new DerObjectIdentifier(o)).ToArray();
                extensions.AddExtension(X509Extensions.ExtendedKeyUsage, false, new DerSequence(oids));
                break;
        }

        var tbsGenerator = new V3TbsCertificateGenerator();
        tbsGenerator.SetSerialNumber(new DerInteger(serial));
        tbsGenerator.SetIssuer(issuer);
        tbsGenerator.SetSubject(subject);
        tbsGenerator.SetStartDate(new Time(notBefore.UtcDateTime));
        tbsGenerator.SetEndDate(new Time(notAfter.UtcDateTime));
        tbsGenerator.SetSubjectPublicKeyInfo(spki);
        tbsGenerator.SetSignature(algorithm);
        tbsGenerator.SetExtensions(extensions.Generate());
        var tbs = tbsGenerator.GenerateTbsCertificate();
        var signature = Signatures.Sign(issuerKey, tbs.GetDerEncoded());
        return new X509Certificate(new X509CertificateStructure(tbs, algorithm, new DerBitString(signature)));
    }
}
