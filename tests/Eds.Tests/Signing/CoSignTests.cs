using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Signing;

/// <summary>A.17–A.18: tenant, then guarantor side, then KTK sign the same contract as parallel signatures.</summary>
[Collection(PkiCollection.Name)]
public sealed class CoSignTests(PkiFixture fx)
{
    private static readonly byte[] Contract = Encoding.UTF8.GetBytes("A.17: rent-to-own contract No. 43");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(4);
    private readonly CadesSigner _signer = new(new FakeTimeProvider(SignTime));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Three_parties_sign_one_cms_across_algorithms(bool attached)
    {
        var cms = _signer.Sign(Contract, fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key, new CadesSignOptions(attached));
        cms = _signer.AddSignature(cms, attached ? null : Contract, fx.Keys[(KeyAlgorithm.Gost, "spouse")].Key);
        cms = _signer.AddSignature(cms, attached ? null : Contract, fx.Keys[(KeyAlgorithm.Gost, "ktk-head")].Key);

        var report = new CadesVerifier().Verify(attached ? null : Contract, cms, fx.PolicyAt(SignTime));

        Assert.True(report.Passed, string.Join("; ", report.Signatures.Select(VerificationText.Of)));
        // SignerInfos form a DER SET: order is not meaningful.
        Assert.Equal(
            new[] { "tenant", "spouse", "ktk-head" }.Select(r => DemoParties.ByRole(r).Iin.Value).Order(),
            report.Signatures.Select(s => s.Signer!.Iin!.Value).Order());
        Assert.Single(report.Signatures, s => s.Signer!.Bin == DemoParties.KtkBin);
    }

    [Fact]
    public void A_tampered_contract_fails_every_signature()
    {
        var cms = _signer.Sign(Contract, fx.Keys[(KeyAlgorithm.Gost, "tenant")].Key);
        cms = _signer.AddSignature(cms, Contract, fx.Keys[(KeyAlgorithm.Rsa, "ktk-head")].Key);

        var report = new CadesVerifier().Verify(Encoding.UTF8.GetBytes("A.17: rent-to-own contract No. 44"), cms, fx.PolicyAt(SignTime));

        Assert.All(report.Signatures, s => Assert.Equal(SubIndication.HashFailure, s.SubIndication));
    }

    [Fact]
    public void Adding_to_garbage_or_without_the_document_is_refused()
    {
        var detached = _signer.Sign(Contract, fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key);

        Assert.Throws<FormatException>(() => _signer.AddSignature([1, 2, 3], Contract, fx.Keys[(KeyAlgorithm.Rsa, "spouse")].Key));
        Assert.Throws<ArgumentException>(() => _signer.AddSignature(detached, null, fx.Keys[(KeyAlgorithm.Rsa, "spouse")].Key));
    }
}
