using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>
/// Mutated signer certificates, put back into an otherwise well-formed CMS (lengths re-encoded), so the certificate
/// parser, the chain, the key usage and the identity checks meet them behind the outer parser.
/// </summary>
public sealed class CertificateFuzzTests(EdsSeeds seeds, ITestOutputHelper output) : IClassFixture<EdsSeeds>
{
    [Fact]
    public void Mutated_signer_certificate_is_failed_or_indeterminate_with_a_reason_never_a_crash_or_hang()
    {
        var seed = FuzzSettings.Seed ^ 0xCE27;
        var mutator = new Mutator(seed);
        var tally = new Tally();
        var cms = seeds.RsaDetached;
        var at = cms.AsSpan().IndexOf(seeds.SignerCertificate);
        Assert.True(at > 0, "the signer certificate is not in the seed CMS");
        var caCertificate = seeds.Pki.RsaCa.Certificate.GetEncoded();
        FuzzRun.Execute("certificate", seed, FuzzSettings.Count(15_000),
            _ => Der.Replace(cms, at, seeds.SignerCertificate.Length, mutator.Mutate(seeds.SignerCertificate, caCertificate)),
            mutated => VerifierProperty.Check(seeds, seeds.Pdf, mutated, tally), output, tally);
        Assert.True(tally.Distinct >= 3, $"the mutations reached too few outcomes: {tally}");
    }

    [Fact]
    public void Der_replacement_keeps_the_cms_valid_when_the_certificate_is_unchanged()
    {
        var cms = seeds.RsaDetached;
        var at = cms.AsSpan().IndexOf(seeds.SignerCertificate);
        var same = Der.Replace(cms, at, seeds.SignerCertificate.Length, seeds.SignerCertificate);
        Assert.Equal(cms, same);
        var tally = new Tally();
        Assert.Null(VerifierProperty.Check(seeds, seeds.Pdf, same, tally));
        Assert.Equal(1, tally["passed"]);
    }
}
