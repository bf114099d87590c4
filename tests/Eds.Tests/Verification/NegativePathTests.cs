using System.Formats.Asn1;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>Issue 15 §4: EDS negative paths, each with its exact indication and sub-indication.</summary>
[Collection(PkiCollection.Name)]
public sealed class NegativePathTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.19: registration application");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(1);
    private readonly CadesVerifier _verifier = new();

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void An_encapsulated_content_type_other_than_id_data_is_a_format_failure(KeyAlgorithm alg)
    {
        var cms = new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(alg, "tenant")].Key);
        var tstInfo = CmsSurgery.Rebuild(cms, encapsulatedType: "1.2.840.113549.1.9.16.1.4");

        var sig = Assert.Single(_verifier.Verify(Document, tstInfo, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
        Assert.Equal(["CMS does not parse: encapsulated content type is not id-data"], sig.Errors);
    }

    /// <summary>A timestamp without its TSA certificate proves nothing: a revoked key's signature is then INDETERMINATE / REVOKED.</summary>
    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void A_timestamp_whose_tsa_certificate_is_missing_is_ignored(KeyAlgorithm alg)
    {
        var sig = VerifyRevokedStampedWith(alg, _ => false, fx.PolicyAt(PkiFixture.RevokedAt.AddDays(1)));

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.Revoked, sig.SubIndication);
        Assert.Null(sig.TimestampTime);
        Assert.Equal(["timestamp ignored: TSA certificate not found"], sig.Warnings);
    }

    [Fact]
    public void A_timestamp_whose_tsa_certificate_is_untrusted_is_ignored()
    {
        // The token keeps only the TSA certificate; the trust store lacks the RSA CA that issued it (the GOST signer still chains).
        var tsa = fx.Pki.TsaKey.Certificate.GetEncoded();
        var at = PkiFixture.RevokedAt.AddDays(1);
        var policy = new VerificationPolicy(new TrustStore([fx.Pki.Root.Certificate], [fx.Pki.GostCa.Certificate]), [fx.CrlsAt(at)], new FakeTimeProvider(at));

        var sig = VerifyRevokedStampedWith(KeyAlgorithm.Gost, c => c.SequenceEqual(tsa), policy);

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.Revoked, sig.SubIndication);
        Assert.Null(sig.TimestampTime);
        Assert.Equal(["timestamp ignored: the TSA certificate does not chain to a trust anchor"], sig.Warnings);
    }

    /// <summary>An OCSP response not signed by the certificate's issuer is no answer: INDETERMINATE / TRY_LATER.</summary>
    [Fact]
    public void An_ocsp_response_with_a_bad_signature_is_try_later()
    {
        var cms = new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key);
        var gostResponder = new OcspResponder(fx.Pki.GostCa, new FakeTimeProvider(SignTime));
        var ocsp = new OcspRevocationSource((_, request) => gostResponder.Respond(request)); // signed with the wrong CA's key
        var policy = new VerificationPolicy(fx.Trust, [ocsp], new FakeTimeProvider(SignTime));

        var sig = Assert.Single(_verifier.Verify(Document, cms, policy).Signatures);

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.TryLater, sig.SubIndication);
        Assert.Equal([$"no revocation status for {sig.Chain[0].Subject}: OCSP response signature invalid"], sig.Errors);
    }

    /// <summary>The issuing CA revoked by the root before the signing: TOTAL_FAILED / REVOKED (the signer claims a later signing time).</summary>
    [Fact]
    public void A_revoked_intermediate_ca_fails_the_signature()
    {
        var pki = TestPki.Create(new FakeTimeProvider(PkiFixture.Start));
        var key = pki.Issue(DemoParties.ByRole("tenant"), KeyAlgorithm.Rsa, KeyPurpose.Signing).Key;
        var revokedAt = PkiFixture.Start.AddDays(1);
        pki.Root.Revoke(pki.RsaCa.Certificate.SerialNumber.ToString(16), revokedAt);
        var cms = new CadesSigner(new FakeTimeProvider(revokedAt.AddDays(1))).Sign(Document, key);
        var now = revokedAt.AddDays(2);
        var policy = new VerificationPolicy(new TrustStore([pki.Root.Certificate], [pki.RsaCa.Certificate]),
            [new CrlRevocationSource(pki.Authorities.Select(a => a.CreateCrl(now, now.AddDays(7))).ToArray())], new FakeTimeProvider(now));

        var sig = Assert.Single(_verifier.Verify(Document, cms, policy).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.Revoked, sig.SubIndication);
        Assert.Equal([$"{sig.Chain[1].Subject} revoked at {revokedAt:O}"], sig.Errors);
        Assert.Null(sig.RevocationTime); // the signer's own certificate is not revoked
    }

    /// <summary>A revoked key signed before its revocation with a timestamp whose token keeps only the certificates <paramref name="keep"/> accepts.</summary>
    private SignatureValidation VerifyRevokedStampedWith(KeyAlgorithm alg, Func<byte[], bool> keep, VerificationPolicy policy)
    {
        var tsa = new TimestampAuthority(fx.Pki.TsaKey.PrivateKey, fx.Pki.TsaKey.Certificate, fx.Pki.TsaKey.Chain, new FakeTimeProvider(SignTime));
        var client = new DelegateTimestampClient(request => StripTokenCertificates(tsa.Respond(request), keep));
        var cms = new CadesSigner(new FakeTimeProvider(SignTime), client).Sign(Document, fx.Keys[(alg, "revoked")].Key, new CadesSignOptions(Timestamp: true));
        return Assert.Single(_verifier.Verify(Document, cms, policy).Signatures);
    }

    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo }: the token rebuilt with fewer certificates.
    private static byte[] StripTokenCertificates(byte[] response, Func<byte[], bool> keep)
    {
        var sequence = new AsnReader(response, AsnEncodingRules.BER).ReadSequence();
        var status = sequence.ReadEncodedValue().ToArray();
        var token = sequence.ReadEncodedValue().ToArray();
        return CmsSurgery.Tlv(0x30, [status, CmsSurgery.Rebuild(token, certificates: CmsSurgery.Certificates(token).Where(keep))]);
    }
}
