using System.Text;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Fuzz.Tests.Engine;

/// <summary>
/// Valid inputs to mutate, made once per run with a test PKI (TEST keys only): a contract PDF and detached and attached
/// CAdES over it (RSA and GOST), one with a signature timestamp, and the policy that passes them all.
/// </summary>
public sealed class EdsSeeds
{
    public static readonly DateTimeOffset SignedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public EdsSeeds()
    {
        var clock = new FakeTimeProvider(SignedAt.AddDays(-1));
        Pki = TestPki.Create(clock);
        var rsa = Pki.Issue(DemoParties.ByRole("tenant"), KeyAlgorithm.Rsa, KeyPurpose.Signing);
        var gost = Pki.Issue(DemoParties.ByRole("ktk-head"), KeyAlgorithm.Gost, KeyPurpose.Signing);
        var at = new FakeTimeProvider(SignedAt);
        var signer = new CadesSigner(at);
        Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
            "% A.17: lease with the right to buy, flat 21:320:045:789:1/12\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        RsaDetached = signer.Sign(Pdf, rsa.Key, CadesSignOptions.Detached);
        RsaAttached = signer.Sign(Pdf, rsa.Key, new CadesSignOptions(Attached: true));
        GostDetached = signer.Sign(Pdf, gost.Key, CadesSignOptions.Detached);
        RsaTimestamped = new CadesSigner(at, new DelegateTimestampClient(Pki.Tsa.Respond)).Sign(Pdf, rsa.Key, new CadesSignOptions(Timestamp: true));
        Cms = [RsaDetached, RsaAttached, GostDetached, RsaTimestamped];
        SignerIins = [rsa.Party.Iin.Value, gost.Party.Iin.Value];
        SignerCertificate = rsa.Key.Certificate.GetEncoded();
        TimestampToken = new CmsSignedData(RsaTimestamped).GetSignerInfos().GetSigners().Single()
            .UnsignedAttributes[PkcsObjectIdentifiers.IdAASignatureTimeStampToken].AttrValues[0].ToAsn1Object().GetEncoded();
        var now = SignedAt.AddHours(1);
        Policy = new VerificationPolicy(new TrustStore([Pki.Root.Certificate], [Pki.RsaCa.Certificate, Pki.GostCa.Certificate]),
            [new CrlRevocationSource(Pki.Authorities.Select(a => a.CreateCrl(now, now.AddDays(7))).ToArray())], new FakeTimeProvider(now));
    }

    public TestPki Pki { get; }

    /// <summary>The signed document (a small but well-formed PDF).</summary>
    public byte[] Pdf { get; }

    public byte[] RsaDetached { get; }

    public byte[] RsaAttached { get; }

    public byte[] GostDetached { get; }

    /// <summary>RSA, detached, with a signature timestamp from the test TSA (CAdES-T).</summary>
    public byte[] RsaTimestamped { get; }

    /// <summary>Every seed CMS; each passes under <see cref="Policy"/>.</summary>
    public byte[][] Cms { get; }

    /// <summary>The IINs of the two signers.</summary>
    public string[] SignerIins { get; }

    /// <summary>DER of the RSA signer's certificate (inside every RSA seed).</summary>
    public byte[] SignerCertificate { get; }

    /// <summary>DER of the timestamp token inside <see cref="RsaTimestamped"/>.</summary>
    public byte[] TimestampToken { get; }

    public VerificationPolicy Policy { get; }
}
