using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>RSA CAdES interoperates with an independent CMS implementation (.NET's SignedCms) in both directions.</summary>
[Collection(PkiCollection.Name)]
public sealed class DotNetInteropTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.31: title document application");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(5);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SignedCms_accepts_our_rsa_signature(bool attached)
    {
        var cms = new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key, new CadesSignOptions(attached));
        var signed = attached ? new SignedCms() : new SignedCms(new ContentInfo(Document), detached: true);

        signed.Decode(cms);
        signed.CheckSignature(verifySignatureOnly: true);

        Assert.Equal(Document, signed.ContentInfo.Content);
        var attributes = signed.SignerInfos[0].SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).ToArray();
        Assert.Contains(KzOids.AttrSigningCertificateV2, attributes);
        Assert.Contains(KzOids.AttrSigningTime, attributes);
    }

    [Fact]
    public void Our_verifier_accepts_a_SignedCms_signature_with_signing_certificate_v2()
    {
        var key = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key;
        using var certificate = X509CertificateLoader.LoadCertificate(key.Certificate.GetEncoded());
        using var rsa = RSA.Create(DotNetUtilities.ToRSAParameters((RsaPrivateCrtKeyParameters)key.PrivateKey));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate, rsa) { DigestAlgorithm = new Oid(KzOids.Sha256) };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(SignTime.UtcDateTime));
        signer.SignedAttributes.Add(new AsnEncodedData(KzOids.AttrSigningCertificateV2, EssV2(certificate.RawData)));
        signer.Certificates.Add(X509CertificateLoader.LoadCertificate(fx.Pki.RsaCa.Certificate.GetEncoded()));
        var signed = new SignedCms(new ContentInfo(Document), detached: true);
        signed.ComputeSignature(signer);

        var report = new CadesVerifier().Verify(Document, signed.Encode(), fx.PolicyAt(SignTime));

        Assert.True(report.Passed, VerificationText.Of(report.Signatures[0]));
        Assert.Equal(DemoParties.ByRole("tenant").Iin, report.Signatures[0].Signer!.Iin);
    }

    [Fact]
    public void Our_verifier_refuses_a_SignedCms_signature_without_signing_certificate_v2()
    {
        var key = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key;
        using var certificate = X509CertificateLoader.LoadCertificate(key.Certificate.GetEncoded());
        using var rsa = RSA.Create(DotNetUtilities.ToRSAParameters((RsaPrivateCrtKeyParameters)key.PrivateKey));
        var signed = new SignedCms(new ContentInfo(Document), detached: true);
        signed.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate, rsa));

        var sig = Assert.Single(new CadesVerifier().Verify(Document, signed.Encode(), fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
    }

    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash OCTET STRING } } (SHA-256 default).
    private static byte[] EssV2(byte[] certificate)
    {
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate));
        }

        return writer.Encode();
    }
}
