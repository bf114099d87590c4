using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Pki;

[Collection(PkiCollection.Name)]
public sealed class PkiTests(PkiFixture fx)
{
    [Theory]
    [InlineData(KeyAlgorithm.Rsa, KeyPurpose.Signing, "RSA256_", KzOids.Sha256WithRsa)]
    [InlineData(KeyAlgorithm.Rsa, KeyPurpose.Authentication, "AUTH_RSA256_", KzOids.Sha256WithRsa)]
    [InlineData(KeyAlgorithm.Gost, KeyPurpose.Signing, "GOST512_", KzOids.GostSignature)]
    [InlineData(KeyAlgorithm.Gost, KeyPurpose.Authentication, "AUTH_GOST512_", KzOids.GostSignature)]
    public void Party_certificates_follow_nca_profiles(KeyAlgorithm alg, KeyPurpose purpose, string prefix, string issuerSignatureOid)
    {
        var key = fx.Keys[(alg, purpose == KeyPurpose.Signing ? "tenant" : "tenant-auth")];
        var cert = key.Key.Certificate;

        Assert.StartsWith(prefix, key.FileName);
        Assert.EndsWith(".p12", key.FileName);
        Assert.Equal(issuerSignatureOid, cert.SigAlgOid);
        Assert.Equal(alg == KeyAlgorithm.Gost ? KzOids.GostKey : KzOids.RsaKey, cert.CertificateStructure.SubjectPublicKeyInfo.Algorithm.Algorithm.Id);
        Assert.Equal("CN=ASKAROV ARMAN,SURNAME=ASKAROV,SERIALNUMBER=IIN900501300120,C=KZ,GIVENNAME=ERLANOVICH", cert.SubjectDN.ToString());
        Assert.True(NcaCertificates.Allows(cert, purpose));
        Assert.False(NcaCertificates.Allows(cert, purpose == KeyPurpose.Signing ? KeyPurpose.Authentication : KeyPurpose.Signing));
        var eku = NcaCertificates.ExtendedKeyUsages(cert);
        Assert.Contains(purpose == KeyPurpose.Signing ? KzOids.EkuSigning : KzOids.EkuAuthentication, eku);
        Assert.Contains(KzOids.RoleIndividual, eku);
    }

    [Fact]
    public void Legal_entity_staff_carry_o_and_ou_bin()
    {
        var cert = fx.Keys[(KeyAlgorithm.Gost, "ktk-head")].Key.Certificate;
        var subject = NcaCertificates.Subject(cert);

        Assert.Equal(DemoParties.KtkBin, subject.Bin);
        Assert.Equal("JSC KAZAKHSTAN HOUSING COMPANY", subject.Organization);
        Assert.Equal(["BIN040540000103"], cert.SubjectDN.GetValueList(X509Name.OU).Cast<string>());
        Assert.Equal([KzOids.RoleLegalEntity, KzOids.RoleHead, KzOids.RoleSigningRights], subject.RoleOids);
    }

    [Fact]
    public void Gost_public_key_uses_the_tc26_512_curve_under_the_kazakh_oid()
    {
        var spki = fx.Keys[(KeyAlgorithm.Gost, "tenant")].Key.Certificate.CertificateStructure.SubjectPublicKeyInfo;
        var parameters = Asn1Sequence.GetInstance(spki.Algorithm.Parameters);

        Assert.Equal(KzOids.GostKey, spki.Algorithm.Algorithm.Id);
        Assert.Equal("1.2.643.7.1.2.1.2.1", DerObjectIdentifier.GetInstance(parameters[0]).Id); // TC26 512 paramSetA
        Assert.Equal(KzOids.Streebog512, DerObjectIdentifier.GetInstance(parameters[1]).Id);
        Assert.Equal(131, spki.PublicKey.GetBytes().Length); // OCTET STRING of 128 bytes (x || y)
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Pkcs12_round_trips_and_rejects_a_wrong_password(KeyAlgorithm alg)
    {
        var key = fx.Keys[(alg, "tenant")].Key;
        var p12 = key.Save("Qwerty12");

        var loaded = Pkcs12Key.Load(p12, "Qwerty12");

        Assert.Equal(key.Certificate, loaded.Certificate);
        Assert.Equal(key.Chain.Count, loaded.Chain.Count);
        Assert.Equal(key.Chain[0], loaded.Chain[0]);
        Assert.Equal(Signatures.AlgorithmOf(key.PrivateKey), Signatures.AlgorithmOf(loaded.PrivateKey));
        Assert.Throws<InvalidDataException>(() => Pkcs12Key.Load(p12, "wrong"));
        Assert.Throws<InvalidDataException>(() => Pkcs12Key.Load([1, 2, 3], "Qwerty12"));
    }

    [Fact]
    public void Demo_identity_numbers_are_unique()
    {
        Assert.Equal(DemoParties.All.Count, DemoParties.All.Select(p => p.Iin).Distinct().Count());
        Assert.Equal(["tenant", "spouse", "guarantor", "ktk-head", "ktk-officer", "registrar", "employer-head", "employer-staff"], DemoParties.All.Select(p => p.Role));
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Crl_lists_revocations_and_ocsp_answers_the_same(KeyAlgorithm alg)
    {
        var revoked = fx.Keys[(alg, "revoked")].Key;
        var good = fx.Keys[(alg, "tenant")].Key;
        var issuer = fx.Pki.IssuerFor(alg);
        var now = PkiFixture.RevokedAt.AddDays(1);
        var crl = fx.CrlsAt(now);
        var ocsp = new OcspRevocationSource((_, request) => new OcspResponder(issuer, new FakeTimeProvider(now)).Respond(request));

        foreach (IRevocationSource source in new IRevocationSource[] { crl, ocsp })
        {
            var r = source.Check(revoked.Certificate, issuer.Certificate, now)!;
            var g = source.Check(good.Certificate, issuer.Certificate, now)!;
            Assert.Equal(RevocationState.Revoked, r.State);
            Assert.Equal(PkiFixture.RevokedAt, r.RevokedAt);
            Assert.Equal(RevocationState.Good, g.State);
        }
    }

    [Fact]
    public void Ocsp_garbage_and_foreign_issuer_give_unknown()
    {
        var issuer = fx.Pki.RsaCa;
        var now = PkiFixture.Start;
        var foreign = fx.Keys[(KeyAlgorithm.Rsa, "foreign")].Key.Certificate;
        var garbage = new OcspRevocationSource((_, _) => [1, 2, 3]);
        var real = new OcspRevocationSource((_, request) => new OcspResponder(issuer, new FakeTimeProvider(now)).Respond(request));

        Assert.Equal(RevocationState.Unknown, garbage.Check(fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key.Certificate, issuer.Certificate, now)!.State);
        Assert.Equal(RevocationState.Unknown, real.Check(foreign, issuer.Certificate, now)!.State);
        Assert.NotEmpty(new OcspResponder(issuer, new FakeTimeProvider(now)).Respond([0x30, 0x00]));
    }

    [Fact]
    public void Crl_signed_by_another_key_is_ignored()
    {
        var forged = fx.Pki.GostCa.CreateCrl(PkiFixture.Start, PkiFixture.Start.AddDays(7));
        var source = new CrlRevocationSource([forged]);

        // The GOST CA's CRL says nothing about the RSA CA's certificates.
        Assert.Null(source.Check(fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key.Certificate, fx.Pki.RsaCa.Certificate, PkiFixture.Start));
    }
}
