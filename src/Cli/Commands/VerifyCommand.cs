using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto verify</c>: Verify a CAdES signature. Exit 0 TOTAL_PASSED, 1 TOTAL_FAILED, 2 INDETERMINATE.</summary>
public static class VerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--in") { Description = "The signed document (omit for attached signatures)" };
        var sig = new Option<FileInfo>("--sig") { Description = "The CMS signature (DER)", Required = true };
        var trust = new Option<DirectoryInfo>("--trust") { Description = "Folder with trust anchors (*.cer) and CRLs (*.crl), e.g. PKI/trust", Required = true };
        var iin = new Option<string?>("--expect-iin") { Description = "Fail unless the signer has this IIN" };
        var bin = new Option<string?>("--expect-bin") { Description = "Fail unless the signer has this BIN" };
        var role = new Option<string?>("--expect-role") { Description = "Fail unless the signer has this NCA role OID" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var command = new Command("verify", "Verify a CAdES signature (exit 0 passed, 1 failed, 2 indeterminate)") { input, sig, trust, iin, bin, role, format };
        command.SetAction(parse =>
        {
            try
            {
                Iin? expectIin = null;
                Bin? expectBin = null;
                if (parse.GetValue(iin) is { } i && !Iin.TryParse(i, out expectIin, out var iinError))
                {
                    throw new ArgumentException("--expect-iin: " + iinError);
                }

                if (parse.GetValue(bin) is { } b && !Bin.TryParse(b, out expectBin, out var binError))
                {
                    throw new ArgumentException("--expect-bin: " + binError);
                }

                var trustDir = parse.GetValue(trust)!.FullName;
                var expected = expectIin is null && expectBin is null && parse.GetValue(role) is null ? null : new ExpectedSigner(expectIin, expectBin, parse.GetValue(role));
                var policy = new VerificationPolicy(TrustStore.FromDirectory(trustDir), [CrlRevocationSource.FromDirectory(trustDir)], TimeProvider.System)
                {
                    ExpectedSigner = expected,
                };
                var document = parse.GetValue(input) is { } doc ? File.ReadAllBytes(doc.FullName) : null;
                var report = new CadesVerifier().Verify(document, File.ReadAllBytes(parse.GetValue(sig)!.FullName), policy);
                Console.WriteLine(parse.GetValue(format) == "json" ? ToJson(report) : ToText(report));
                return report.Indication switch
                {
                    Indication.TotalPassed => 0,
                    Indication.TotalFailed => 1,
                    _ => 2,
                };
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("rto verify: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The issue's JSON shape plus details (errors, chain, revocation source).</summary>
    public static string ToJson(ValidationReport report)
    {
        var signatures = new JsonArray();
        foreach (var s in report.Signatures)
        {
            signatures.Add(new JsonObject
            {
                ["indication"] = Etsi(s.Indication.ToString()),
                ["subIndication"] = s.SubIndication is { } sub ? Etsi(sub.ToString()) : null,
                ["signer"] = s.Signer is null ? null : new JsonObject
                {
                    ["iin"] = s.Signer.Iin?.Value,
                    ["bin"] = s.Signer.Bin?.Value,
                    ["commonName"] = s.Signer.CommonName,
                    ["roleOids"] = new JsonArray(s.Signer.RoleOids.Select(o => (JsonNode)o).ToArray()),
                },
                ["signingTime"] = s.ClaimedSigningTime?.ToString("O"),
                ["timestampTime"] = s.TimestampTime?.ToString("O"),
                ["bestSignatureTime"] = s.BestSignatureTime?.ToString("O"),
                ["keyPurpose"] = s.KeyPurpose?.ToString(),
                ["revocationSource"] = s.RevocationSource,
                ["chain"] = new JsonArray(s.Chain.Select(c => (JsonNode)c.Subject).ToArray()),
                ["errors"] = new JsonArray(s.Errors.Select(e => (JsonNode)e).ToArray()),
                ["warnings"] = new JsonArray(s.Warnings.Select(e => (JsonNode)e).ToArray()),
            });
        }

        return new JsonObject { ["signatures"] = signatures }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>TotalPassed → TOTAL_PASSED, OutOfBoundsNoPoe → OUT_OF_BOUNDS_NO_POE.</summary>
    public static string Etsi(string name) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(name);

    private static string ToText(ValidationReport report) => string.Join(Environment.NewLine, report.Signatures.Select((s, n) =>
        $"signature {n + 1}: {Etsi(s.Indication.ToString())}{(s.SubIndication is { } sub ? "/" + Etsi(sub.ToString()) : "")}" +
        $" signer={s.Signer?.CommonName ?? "?"} iin={s.Signer?.Iin?.Value ?? "-"} bin={s.Signer?.Bin?.Value ?? "-"}" +
        $" signingTime={s.ClaimedSigningTime:O} bestSignatureTime={s.BestSignatureTime:O}" +
        string.Concat(s.Errors.Select(e => Environment.NewLine + "  error: " + e)) +
        string.Concat(s.Warnings.Select(e => Environment.NewLine + "  warning: " + e))));
}
