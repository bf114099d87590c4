using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>Mutated signature timestamp tokens (CAdES-T), put back into the signer's unsigned attributes.</summary>
public sealed class TimestampFuzzTests(EdsSeeds seeds, ITestOutputHelper output) : IClassFixture<EdsSeeds>
{
    [Fact]
    public void Mutated_timestamp_token_never_crashes_or_hangs_and_never_moves_the_signing_time()
    {
        var seed = FuzzSettings.Seed ^ 0x75A;
        var mutator = new Mutator(seed);
        var tally = new Tally();
        var cms = seeds.RsaTimestamped;
        var at = cms.AsSpan().IndexOf(seeds.TimestampToken);
        Assert.True(at > 0, "the timestamp token is not in the seed CMS");
        var original = new Eds.Verification.CadesVerifier().Verify(seeds.Pdf, cms, seeds.Policy).Signatures.Single().TimestampTime;
        Assert.NotNull(original);
        FuzzRun.Execute("timestamp", seed, FuzzSettings.Count(15_000),
            _ => Der.Replace(cms, at, seeds.TimestampToken.Length, mutator.Mutate(seeds.TimestampToken, seeds.SignerCertificate)),
            mutated =>
            {
                var problem = VerifierProperty.Check(seeds, seeds.Pdf, mutated, tally, out var report);
                if (problem is not null) return problem;
                // A token that still counts must be the TSA's own: same time. Anything else is ignored (a warning), never believed.
                var time = report.Signatures.FirstOrDefault()?.TimestampTime;
                if (time is not null) tally.Add("timestamp-kept");
                return time is null || time == original ? null : $"timestamp time became {time:O}";
            }, output, tally);
        Assert.True(tally.Distinct >= 2, $"the mutations reached too few outcomes: {tally}");
    }
}
