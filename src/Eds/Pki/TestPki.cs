using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// The test PKI modelled on NCA RK: one root CA (RSA), issuing CAs for RSA and for GOST, an RFC 3161 TSA, CRLs
/// and OCSP for each CA. All clocks come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class TestPki
{
    /// <summary>Validity of end-entity certificates (NCA issues one-year keys).</summary>
    public static readonly TimeSpan EndEntityValidity = TimeSpan.FromDays(365);

    /// <summary>How long a published CRL stays current.</summary>
    public static readonly TimeSpan CrlValidity = TimeSpan.FromDays(7);

    /// <summary>Assembles a PKI from existing parts (e.g. loaded from disk).</summary>
    public TestPki(CertificateAuthority root, CertificateAuthority rsaCa, CertificateAuthority gostCa, Pkcs12Key tsaKey, TimeProvider time)
    {
        Root = root;
        RsaCa = rsaCa;
        GostCa = gostCa;
        TsaKey = tsaKey;
        Time = time;
        Tsa = new TimestampAuthority(tsaKey.PrivateKey, tsaKey.Certificate, tsaKey.Chain, time);
    }

    /// <summary>The root CA (trust anchor).</summary>
    public CertificateAuthority Root { get; }

    /// <summary>Issuing CA for RSA keys.</summary>
    public CertificateAuthority RsaCa { get; }

    /// <summary>Issuing CA for GOST keys.</summary>
    public CertificateAuthority GostCa { get; }

    /// <summary>The TSA key and certificate.</summary>
    public Pkcs12Key TsaKey { get; }

    /// <summary>The timestamp authority.</summary>
    public TimestampAuthority Tsa { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Every CA, root first.</summary>
    public IReadOnlyList<CertificateAuthority> Authorities => [Root, RsaCa, GostCa];

    /// <summary>Creates a fresh PKI: root valid 20 years, issuing CAs 10 years, TSA 10 years, from now minus a day.</summary>
    public static TestPki Create(TimeProvider time)
    {
        var now = time.GetUtcNow();
        var start = now.AddDays(-1);
        var root = CertificateAuthority.CreateRoot("root", "NCA RK TEST ROOT (RSA)", KeyGeneration.Generate(KeyAlgorithm.Rsa), start, now.AddYears(20));
        var rsa = root.CreateIssuingCa("rsa-ca", "NCA RK TEST (RSA)", KeyGeneration.Generate(KeyAlgorithm.Rsa), start, now.AddYears(10));
        var gost = root.CreateIssuingCa("gost-ca", "NCA RK TEST (GOST) 2015", KeyGeneration.Generate(KeyAlgorithm.Gost), start, now.AddYears(10));
        var tsaPair = KeyGeneration.Generate(KeyAlgorithm.Rsa);
        var tsaCert = rsa.Issue(new Org.BouncyCastle.Asn1.X509.X509Name("CN=NCA RK TEST TSA, C=KZ"), tsaPair.Public, CertificateTemplate.TimestampAuthority, start, now.AddYears(10));
        var tsaKey = new Pkcs12Key(tsaPair.Private, tsaCert, [rsa.Certificate, root.Certificate]);
        return new TestPki(root, rsa, gost, tsaKey, time);
    }

    /// <summary>The issuing CA for a key family.</summary>
    public CertificateAuthority IssuerFor(KeyAlgorithm algorithm) => algorithm == KeyAlgorithm.Gost ? GostCa : RsaCa;

    /// <summary>
    /// Issues a key for <paramref name="party"/>. Validity defaults to [now − 1 day, now + 1 year].
    /// </summary>
    public IssuedKey Issue(PartyProfile party, KeyAlgorithm algorithm, KeyPurpose purpose, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        var now = Time.GetUtcNow();
        var ca = IssuerFor(algorithm);
        var keys = KeyGeneration.Generate(algorithm);
        var subject = NcaCertificates.SubjectName(party.Surname, party.GivenName, party.Patronymic, party.Iin, party.Bin, party.Organization);
        var cert = ca.Issue(subject, keys.Public, CertificateTemplate.Party(purpose, party.RoleOids),
            notBefore ?? now.AddDays(-1), notAfter ?? now.Add(EndEntityValidity));
        var key = new Pkcs12Key(keys.Private, cert, [ca.Certificate, Root.Certificate]);
        var hex = Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(cert.GetEncoded()))[..40].ToLowerInvariant();
        return new IssuedKey(party, algorithm, purpose, key, NcaCertificates.KeyFileName(algorithm, purpose, hex));
    }

    /// <summary>Issues signing and AUTH keys in RSA and GOST for every demo party.</summary>
    public IReadOnlyList<IssuedKey> IssueDemoKeys() =>
        DemoParties.All.SelectMany(p => new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost }
            .SelectMany(a => new[] { KeyPurpose.Signing, KeyPurpose.Authentication }.Select(u => Issue(p, a, u)))).ToArray();

    /// <summary>The CA that issued <paramref name="serialHex"/>, or null.</summary>
    public CertificateAuthority? IssuerOfSerial(string serialHex) => Authorities.FirstOrDefault(a => a.HasIssued(serialHex));

    /// <summary>Revokes a serial at <paramref name="at"/> (default now). Throws when no CA issued it.</summary>
    public Revocation Revoke(string serialHex, DateTimeOffset? at = null)
    {
        var ca = IssuerOfSerial(serialHex) ?? throw new ArgumentException($"no CA of this PKI issued serial {serialHex}", nameof(serialHex));
        return ca.Revoke(serialHex, at ?? Time.GetUtcNow());
    }

    /// <summary>Publishes a CRL of <paramref name="authority"/> valid from now for <see cref="CrlValidity"/>.</summary>
    public byte[] PublishCrl(CertificateAuthority authority)
    {
        var now = Time.GetUtcNow();
        return authority.CreateCrl(now, now.Add(CrlValidity));
    }

    /// <summary>An OCSP responder for <paramref name="authority"/>.</summary>
    public OcspResponder OcspFor(CertificateAuthority authority) => new(authority, Time);

    /// <summary>Trust anchors (root) and intermediates (issuing CAs) as DER certificates.</summary>
    public IReadOnlyList<X509Certificate> CaCertificates => Authorities.Select(a => a.Certificate).ToArray();
}
