using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>Mutated contract PDFs against the genuine detached signatures: every changed byte must fail the signature.</summary>
public sealed class PdfFuzzTests(EdsSeeds seeds, ITestOutputHelper output) : IClassFixture<EdsSeeds>
{
    [Fact]
    public void Every_mutated_pdf_fails_the_genuine_signature_with_a_reason()
    {
        var seed = FuzzSettings.Seed ^ 0x9DF;
        var mutator = new Mutator(seed);
        var tally = new Tally();
        byte[][] detached = [seeds.RsaDetached, seeds.RsaTimestamped, seeds.GostDetached];
        var unchanged = 0;
        FuzzRun.Execute("pdf", seed, FuzzSettings.Count(10_000), i =>
        {
            var pdf = i % 2 == 0 ? mutator.Mutate(seeds.Pdf) : mutator.MutateText(seeds.Pdf);
            if (pdf.AsSpan().SequenceEqual(seeds.Pdf)) unchanged++; // e.g. a bit flipped twice
            return (Pdf: pdf, Cms: detached[i % 7 == 0 ? 2 : i % 2]); // GOST (managed Streebog) one input in seven
        }, input => VerifierProperty.Check(seeds, input.Pdf, input.Cms, tally), output, tally); // a pass over other bytes breaks the property
        Assert.Equal(unchanged, tally["passed"]);
        Assert.True(tally["TotalFailed/HashFailure"] > 0, tally.ToString());
    }
}
