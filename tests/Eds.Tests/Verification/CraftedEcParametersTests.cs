using System.Diagnostics;
using System.Formats.Asn1;
using System.Security.Cryptography;
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

/// <summary>
/// CVE-2024-29857 (Portable.BouncyCastle 1.9.0, fixed in BouncyCastle.Cryptography 2.3.1): a certificate with crafted
/// explicit F2m EC parameters made BouncyCastle spend unbounded CPU evaluating the curve. Here it is the TSA certificate
/// of a signature timestamp, the path /api/verify exposes: the verifier must finish quickly and ignore the timestamp.
/// </summary>
[Collection(PkiCollection.Name)]
public sealed class CraftedEcParametersTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.18: contract checked on the public verifier");

    [Fact]
    public void A_timestamp_whose_tsa_certificate_has_crafted_f2m_parameters_is_ignored_quickly()
    {
        var signedAt = PkiFixture.Start.AddDays(-40); // the "expired" key was valid then
        var crafted = new Org.BouncyCastle.X509.X509Certificate(CraftedTsaCertificate(signedAt));
        var tsa = new TimestampAuthority(fx.Pki.TsaKey.PrivateKey, crafted, [fx.Pki.RsaCa.Certificate], new FakeTimeProvider(signedAt));
        var cms = new CadesSigner(new FakeTimeProvider(signedAt), new DelegateTimestampClient(tsa.Respond))
            .Sign(Document, fx.Keys[(KeyAlgorithm.Rsa, "expired")].Key, new CadesSignOptions(Timestamp: true));

        var watch = Stopwatch.StartNew();
        var sig = Assert.Single(new CadesVerifier().Verify(Document, cms, fx.PolicyAt(PkiFixture.Start)).Signatures);
        watch.Stop();

        // Without the timestamp nothing proves signing before expiry.
        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.OutOfBoundsNoPoe, sig.SubIndication);
        Assert.Null(sig.TimestampTime);
        var warning = Assert.Single(sig.Warnings);
        Assert.StartsWith("timestamp ignored: ", warning);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalMilliseconds:0} ms; {warning}");
    }

    /// <summary>A TSA certificate issued by the test RSA CA whose key is on an explicit F2m curve with a huge field (m = 2^30 + 3).</summary>
    private byte[] CraftedTsaCertificate(DateTimeOffset at)
    {
        var parameters = new AsnWriter(AsnEncodingRules.DER);
        using (parameters.PushSequence())
        {
            parameters.WriteInteger(1);
            using (parameters.PushSequence())
            {
                parameters.WriteObjectIdentifier("1.2.840.10045.1.2"); // characteristic-two-field
                using (parameters.PushSequence())
                {
                    parameters.WriteInteger((1 << 30) + 3);
                    parameters.WriteObjectIdentifier("1.2.840.10045.1.2.3.2"); // tpBasis
                    parameters.WriteInteger(1);
                }
            }

            using (parameters.PushSequence())
            {
                parameters.WriteOctetString([1]);
                parameters.WriteOctetString([1]);
            }

            parameters.WriteOctetString([4, 1, 1]);
            parameters.WriteInteger(7);
            parameters.WriteInteger(1);
        }

        var key = new PublicKey(new Oid("1.2.840.10045.2.1"), new AsnEncodedData(parameters.Encode()), new AsnEncodedData(new byte[] { 4, 1, 1 }));
        var request = new CertificateRequest(new X500DistinguishedName("CN=CRAFTED TSA, C=KZ"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        using var ca = RSA.Create(DotNetUtilities.ToRSAParameters((RsaPrivateCrtKeyParameters)fx.Pki.RsaCa.PrivateKey));
        using var certificate = request.Create(new X500DistinguishedName(fx.Pki.RsaCa.Certificate.SubjectDN.GetEncoded()),
            X509SignatureGenerator.CreateForRSA(ca, RSASignaturePadding.Pkcs1), at.AddDays(-1), at.AddDays(30), [0x11, 0x22, 0x33]);
        return certificate.RawData;
    }
}
