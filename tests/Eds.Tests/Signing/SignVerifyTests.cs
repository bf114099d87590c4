using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Signing;

/// <summary>The issue's "Done when" cases, for RSA and GOST alike.</summary>
[Collection(PkiCollection.Name)]
public sealed class SignVerifyTests(PkiFixture fx)
{
    private static readonly byte[] Contract = Encoding.UTF8.GetBytes("A.17: rent-to-own contract No. 42, flat 7, Astana");
    private readonly CadesVerifier _verifier = new();

    private static DateTimeOffset SignTime => PkiFixture.Start.AddDays(1);

    private static CadesSigner Signer(DateTimeOffset at, TimestampAuthority? tsa = null) =>
        new(new FakeTimeProvider(at), tsa is null ? null : new DelegateTimestampClient(tsa.Respond));

    private TimestampAuthority TsaAt(DateTimeOffset at) =>
        new(fx.Pki.TsaKey.PrivateKey, fx.Pki.TsaKey.Certificate, fx.Pki.TsaKey.Chain, new FakeTimeProvider(at));

    private static RentToOwn.Domain.Identity.Iin TenantIin => DemoParties.ByRole("tenant").Iin;

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Tenant_signature_verifies_with_expected_iin(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant")].Key);

        var report = _verifier.Verify(Contract, cms, fx.PolicyAt(SignTime.AddHours(1), new ExpectedSigner(Iin: TenantIin)));

        var sig = Assert.Single(report.Signatures);
        Assert.Equal(Indication.TotalPassed, sig.Indication);
        Assert.Null(sig.SubIndication);
        Assert.Equal(TenantIin, sig.Signer!.Iin);
        Assert.Null(sig.Signer.Bin);
        Assert.Equal("ASKAROV ARMAN", sig.Signer.CommonName);
        Assert.Contains(KzOids.RoleIndividual, sig.Signer.RoleOids);
        Assert.Equal(KeyPurpose.Signing, sig.KeyPurpose);
        Assert.Contains("nonRepudiation", sig.KeyUsage);
        Assert.Equal(SignTime, sig.ClaimedSigningTime);
        Assert.Equal(SignTime.AddHours(1), sig.BestSignatureTime);
        Assert.Null(sig.TimestampTime);
        Assert.Equal(3, sig.Chain.Count);
        Assert.True(sig.Chain[^1].IsTrustAnchor);
        Assert.StartsWith("CRL #", sig.RevocationSource);
        Assert.Equal(alg == KeyAlgorithm.Gost ? KzOids.GostSignature : KzOids.Sha256WithRsa, sig.SignatureAlgorithm);
        Assert.Equal(alg == KeyAlgorithm.Gost ? KzOids.GostKey : KzOids.RsaKey, sig.Chain[0].KeyAlgorithm);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Tampered_document_fails_with_hash_failure(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant")].Key);
        var tampered = (byte[])Contract.Clone();
        tampered[^1] ^= 1;

        var sig = Assert.Single(_verifier.Verify(tampered, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.HashFailure, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Other_partys_iin_fails(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "spouse")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime, new ExpectedSigner(Iin: TenantIin))).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.ChainConstraintsFailure, sig.SubIndication);
        Assert.Equal(DemoParties.ByRole("spouse").Iin, sig.Signer!.Iin);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Revoked_certificate_without_timestamp_does_not_pass(KeyAlgorithm alg)
    {
        // Signed before the revocation, but nothing proves it: judged at "now", after the revocation.
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "revoked")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(PkiFixture.RevokedAt.AddDays(1))).Signatures);

        Assert.NotEqual(Indication.TotalPassed, sig.Indication);
        Assert.Equal(SubIndication.Revoked, sig.SubIndication);
        Assert.Equal(PkiFixture.RevokedAt, sig.RevocationTime);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Signature_timestamped_before_revocation_passes(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime, TsaAt(SignTime)).Sign(Contract, fx.Keys[(alg, "revoked")].Key, new CadesSignOptions(Timestamp: true));

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(PkiFixture.RevokedAt.AddDays(1))).Signatures);

        Assert.Equal(Indication.TotalPassed, sig.Indication);
        Assert.Equal(SignTime, sig.TimestampTime);
        Assert.Equal(SignTime, sig.BestSignatureTime);
        Assert.Empty(sig.Warnings);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Signature_timestamped_after_revocation_fails(KeyAlgorithm alg)
    {
        var late = PkiFixture.RevokedAt.AddHours(2);
        var cms = Signer(late, TsaAt(late)).Sign(Contract, fx.Keys[(alg, "revoked")].Key, new CadesSignOptions(Timestamp: true));

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(late.AddHours(1))).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.Revoked, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Attached_signature_carries_the_document(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant")].Key, new CadesSignOptions(Attached: true));

        var report = _verifier.Verify(null, cms, fx.PolicyAt(SignTime));

        Assert.True(report.Passed, string.Join("; ", report.Signatures[0].Errors));
        Assert.Equal(Contract, report.SignedContent);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Detached_signature_without_document_is_a_format_failure(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant")].Key);

        var sig = Assert.Single(_verifier.Verify(null, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Auth_key_cannot_sign_a_document(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant-auth")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.ChainConstraintsFailure, sig.SubIndication);
        Assert.Equal(KeyPurpose.Authentication, sig.KeyPurpose);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Foreign_ca_has_no_chain(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "foreign")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.NoCertificateChainFound, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Expired_certificate_without_timestamp_is_out_of_bounds(KeyAlgorithm alg)
    {
        var cms = Signer(PkiFixture.Start.AddDays(-40)).Sign(Contract, fx.Keys[(alg, "expired")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.OutOfBoundsNoPoe, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Expired_certificate_timestamped_after_expiry_fails(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime, TsaAt(SignTime)).Sign(Contract, fx.Keys[(alg, "expired")].Key, new CadesSignOptions(Timestamp: true));

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.Expired, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Not_yet_valid_certificate_fails(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "future")].Key);

        var sig = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.NotYetValid, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Missing_or_stale_crl_is_try_later(KeyAlgorithm alg)
    {
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "tenant")].Key);
        var noCrl = new VerificationPolicy(fx.Trust, [], new FakeTimeProvider(SignTime));
        var stale = new VerificationPolicy(fx.Trust, [fx.CrlsAt(SignTime)], new FakeTimeProvider(SignTime.AddDays(8)));

        Assert.Equal(SubIndication.TryLater, _verifier.Verify(Contract, cms, noCrl).Signatures[0].SubIndication);
        var sig = Assert.Single(_verifier.Verify(Contract, cms, stale).Signatures);
        Assert.Equal(Indication.Indeterminate, sig.Indication);
        Assert.Equal(SubIndication.TryLater, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Expected_bin_and_role_of_ktk_head(KeyAlgorithm alg)
    {
        // A.16/A.18: KTK's head signs for KTK.
        var cms = Signer(SignTime).Sign(Contract, fx.Keys[(alg, "ktk-head")].Key);
        var good = new ExpectedSigner(Bin: DemoParties.KtkBin, RoleOid: KzOids.RoleHead);
        var wrongRole = new ExpectedSigner(Bin: DemoParties.KtkBin, RoleOid: KzOids.RoleEmployee);

        var passed = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime, good)).Signatures);
        var failed = Assert.Single(_verifier.Verify(Contract, cms, fx.PolicyAt(SignTime, wrongRole)).Signatures);

        Assert.Equal(Indication.TotalPassed, passed.Indication);
        Assert.Equal(DemoParties.KtkBin, passed.Signer!.Bin);
        Assert.Equal("JSC KAZAKHSTAN HOUSING COMPANY", passed.Signer.Organization);
        Assert.Equal(Indication.TotalFailed, failed.Indication);
        Assert.Equal(SubIndication.ChainConstraintsFailure, failed.SubIndication);
    }

    [Fact]
    public void Timestamp_over_another_signature_is_ignored()
    {
        var key = fx.Keys[(KeyAlgorithm.Rsa, "revoked")].Key;
        var stamped = Signer(SignTime, TsaAt(SignTime)).Sign(Contract, key, new CadesSignOptions(Timestamp: true));
        var other = Signer(SignTime).Sign(Encoding.UTF8.GetBytes("other"), key);
        var grafted = CmsSurgery.MoveUnsignedAttributes(stamped, other);

        var sig = Assert.Single(_verifier.Verify(Encoding.UTF8.GetBytes("other"), grafted, fx.PolicyAt(PkiFixture.RevokedAt.AddDays(1))).Signatures);

        Assert.Null(sig.TimestampTime);
        Assert.Contains(sig.Warnings, w => w.Contains("does not cover"));
        Assert.NotEqual(Indication.TotalPassed, sig.Indication);
    }
}
