using RentToOwn.Eds.Verification;
using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>
/// The verifier's property for any input: it answers (never throws), every signature that is not TOTAL_PASSED carries a
/// reason (sub-indication or error), and whatever still passes was signed by one of the seed signers over the seed PDF.
/// </summary>
internal static class VerifierProperty
{
    private static readonly CadesVerifier Verifier = new();

    public static string? Check(EdsSeeds seeds, byte[]? document, byte[] cms, Tally tally) => Check(seeds, document, cms, tally, out _);

    public static string? Check(EdsSeeds seeds, byte[]? document, byte[] cms, Tally tally, out ValidationReport report)
    {
        report = Verifier.Verify(document, cms, seeds.Policy);
        if (report.LimitExceeded is not null)
        {
            tally.Add("limit");
            return report.Indication == Indication.TotalPassed ? "over a limit yet TOTAL_PASSED" : null;
        }

        if (report.Signatures.Count == 0)
        {
            tally.Add("no-signature");
            return report.Indication == Indication.TotalFailed ? null : $"no signature but {report.Indication}";
        }

        foreach (var s in report.Signatures)
        {
            tally.Add(s.Indication == Indication.TotalPassed ? "passed" : $"{s.Indication}/{s.SubIndication}");
            if (s.Indication == Indication.TotalPassed)
            {
                if (s.Signer?.Iin?.Value is not { } iin || !seeds.SignerIins.Contains(iin)) return $"TOTAL_PASSED for signer {s.Signer?.CommonName}";
                var content = document ?? report.SignedContent;
                if (content is null || !content.AsSpan().SequenceEqual(seeds.Pdf)) return "TOTAL_PASSED over other content than the signed PDF";
            }
            else if (s.SubIndication is null && s.Errors.Count == 0)
            {
                return $"{s.Indication} without a sub-indication or an error";
            }
        }

        return null;
    }
}
