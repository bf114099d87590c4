using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>Mutated CMS (RSA and GOST, detached and attached, with and without a timestamp) through <c>CadesVerifier</c>.</summary>
public sealed class CmsFuzzTests(EdsSeeds seeds, ITestOutputHelper output) : IClassFixture<EdsSeeds>
{
    [Fact]
    public void Mutated_cms_is_failed_or_indeterminate_with_a_reason_never_a_crash_or_hang()
    {
        var seed = FuzzSettings.Seed ^ 0x0C35;
        var mutator = new Mutator(seed);
        var tally = new Tally();
        FuzzRun.Execute("cms", seed, FuzzSettings.Count(30_000), i =>
        {
            var original = seeds.Cms[i % seeds.Cms.Length];
            return (Cms: mutator.Mutate(original, seeds.Cms[(i + 1) % seeds.Cms.Length]), Attached: ReferenceEquals(original, seeds.RsaAttached));
        }, input => VerifierProperty.Check(seeds, input.Attached ? null : seeds.Pdf, input.Cms, tally), output, tally);
        Assert.True(tally.Distinct >= 4, $"the mutations reached too few outcomes: {tally}");
    }
}
