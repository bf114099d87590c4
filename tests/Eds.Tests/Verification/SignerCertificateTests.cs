using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>The report carries the certificate the verifier used, so no caller looks it up in the CMS again.</summary>
[Collection(PkiCollection.Name)]
public sealed class SignerCertificateTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.21: video session identity");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(3);
    private readonly CadesSigner _signer = new(new FakeTimeProvider(SignTime));

    [Fact]
    public void Each_signature_returns_its_own_verified_certificate()
    {
        var tenant = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key;
        var head = fx.Keys[(KeyAlgorithm.Gost, "ktk-head")].Key;
        var cms = _signer.AddSignature(_signer.Sign(Document, tenant), Document, head);

        var report = new CadesVerifier().Verify(Document, cms, fx.PolicyAt(SignTime));

        Assert.True(report.Passed);
        Assert.Equal(
            new[] { tenant.Certificate.GetEncoded(), head.Certificate.GetEncoded() }.Select(Convert.ToHexString).Order(),
            report.Signatures.Select(s => Convert.ToHexString(s.SignerCertificate!)).Order());
        Assert.All(report.Signatures, s => Assert.Equal(s.Signer!.Iin,
            (s.SignerCertificate!.SequenceEqual(tenant.Certificate.GetEncoded()) ? DemoParties.ByRole("tenant") : DemoParties.ByRole("ktk-head")).Iin));
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void A_look_alike_with_the_same_issuer_and_serial_placed_first_is_not_used(KeyAlgorithm alg)
    {
        var key = fx.Keys[(alg, "tenant")].Key;
        var cms = _signer.Sign(Document, key);
        var real = key.Certificate.GetEncoded();
        var lookAlike = Renamed(real);

        var report = new CadesVerifier().Verify(Document, CmsSurgery.Rebuild(cms, certificates: [lookAlike, .. CmsSurgery.Certificates(cms)]), fx.PolicyAt(SignTime));

        var sig = Assert.Single(report.Signatures);
        Assert.Equal(Indication.TotalPassed, sig.Indication);
        Assert.Equal(real, sig.SignerCertificate);
        Assert.Equal("ASKAROV ARMAN", sig.Signer!.CommonName);
    }

    /// <summary>
    /// Issue 15 §4: the certificate in the CMS is not the one signing-certificate-v2 names (substitution):
    /// INDETERMINATE / NO_SIGNING_CERTIFICATE_FOUND, and no certificate is returned.
    /// </summary>
    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void A_substituted_certificate_is_no_signing_certificate_found(KeyAlgorithm alg)
    {
        var key = fx.Keys[(alg, "tenant")].Key;
        var cms = _signer.Sign(Document, key);
        var certificates = CmsSurgery.Certificates(cms);
        var own = certificates.FindIndex(c => c.SequenceEqual(key.Certificate.GetEncoded()));
        certificates[own] = Renamed(certificates[own]);

        var sig = Assert.Single(new CadesVerifier().Verify(Document, CmsSurgery.Rebuild(cms, certificates: certificates), fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.NoSigningCertificateFound, sig.SubIndication);
        Assert.Equal(["signing-certificate-v2 does not match the signing certificate"], sig.Errors);
        Assert.Null(sig.SignerCertificate);
        Assert.Null(sig.Signer);
    }

    /// <summary>The same certificate with another person's name in the subject (same issuer, serial and length).</summary>
    private static byte[] Renamed(byte[] der)
    {
        var copy = (byte[])der.Clone();
        var name = Encoding.ASCII.GetBytes("ASKAROV ARMAN");
        var at = copy.AsSpan().IndexOf(name);
        Assert.True(at > 0);
        Encoding.ASCII.GetBytes("ZHUMABEKOV MA").CopyTo(copy, at);
        return copy;
    }
}
