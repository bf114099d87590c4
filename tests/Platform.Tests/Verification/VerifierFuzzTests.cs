using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification.Reports;
using RentToOwn.Tests.Shared;
using Xunit.Abstractions;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>
/// Issue 15, section 4, at the HTTP level: mutated PDFs, CMS and ledger bundles (and mutated forms) posted to
/// <c>POST /api/verify</c>. Each answer is 200 with FAILED/INDETERMINATE for every changed signature (a reason each), or
/// 400/413 with a problem that says why; never a 500, never longer than the cap. The bulk (100,000 inputs through the
/// verifier and parsers themselves) is in tests/Fuzz.Tests. <c>RTO_FUZZ_SEED</c> replays a seed, <c>RTO_FUZZ_SCALE</c> runs more.
/// </summary>
public sealed class VerifierFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_SEED"), out var s) ? s : 20261206;
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_SCALE"), out var n) && n > 0 ? n : 1;
    private readonly PlatformFactory _app = new() { Settings = { ["RateLimits:VerifierPermitLimit"] = "1000000" } };

    [Fact]
    public async Task Mutated_uploads_get_a_verdict_with_reasons_or_a_4xx_with_a_problem()
    {
        var pdf = SignedContract.Pdf("contract RTO-FUZZ");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        var receipt = await SignedContract.AppendAsync(_app, "contract-rto-fuzz", pdf, cms, "tenant");
        using var client = _app.CreateClient();
        var bundle = await client.GetByteArrayAsync($"/api/verify/bundle/{receipt.Index}?document={Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf))}");

        var genuine = (await VerifierClient.PostAsync(client, VerifierClient.Form(pdf, [("tenant.cms", cms)]))).Report;
        Assert.Equal("TOTAL_PASSED", genuine.Indication);
        var signer = genuine.Signatures.Single().Signer!.MaskedIin;
        var mutator = new Mutator(Seed);
        var count = 400 * Scale;
        var outcomes = new Dictionary<string, int>();
        var longest = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var which = i % 4;
            var doc = which == 0 ? mutator.Mutate(pdf) : pdf;
            var sig = which == 1 ? mutator.Mutate(cms) : which == 3 ? mutator.Mutate(cms, pdf) : cms; // 3: spliced with the PDF
            var bun = which == 2 ? mutator.MutateText(bundle) : which == 3 ? bundle : null;
            using var form = VerifierClient.Form(doc, [("tenant.cms", sig)], bun);
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync("/api/verify", form);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            if (watch.Elapsed > longest) longest = watch.Elapsed;
            var where = $"input #{i} (seed {Seed}; RTO_FUZZ_SEED={Seed} replays it)";
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{where}: took {watch.Elapsed.TotalSeconds:0.0} s");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                $"{where}: {(int)response.StatusCode} {body}");
            var report = JsonSerializer.Deserialize<VerifyReport>(body, VerifierClient.Json)!;
            var key = response.StatusCode == HttpStatusCode.OK ? report.Indication ?? "none" : ((int)response.StatusCode).ToString();
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.True(report.Problems.Count > 0 && report.Problems.All(p => p.Code.Length > 0 && p.Message.Length > 0), $"{where}: refused without a reason: {body}");
                continue;
            }

            foreach (var signature in report.Signatures)
            {
                if (signature.Indication == "TOTAL_PASSED")
                {
                    // A CMS's unsigned parts are malleable; what passes must still be the tenant's signature over these exact bytes.
                    Assert.True(doc.AsSpan().SequenceEqual(pdf) && signature.Signer?.MaskedIin == signer, $"{where}: a changed document or signer passed: {body}");
                }
                else
                {
                    Assert.True(signature.SubIndication is not null || signature.Errors.Count > 0, $"{where}: {signature.Indication} without a reason: {body}");
                }
            }

            if (report.Bundle is { Valid: false } b) Assert.False(string.IsNullOrWhiteSpace(b.Reason), $"{where}: an invalid bundle without a reason");
        }

        output.WriteLine($"{count} uploads, longest {longest.TotalMilliseconds:0} ms: " + string.Join(", ", outcomes.Select(kv => $"{kv.Key}: {kv.Value}")));
        Assert.True(outcomes.Count >= 2, "the mutations reached only one outcome");
    }

    [Fact]
    public async Task Mutated_forms_are_refused_with_a_problem_never_a_server_error()
    {
        var mutator = new Mutator(Seed ^ 0xF0);
        using var client = _app.CreateClient();
        using var seedForm = VerifierClient.Form(SignedContract.Pdf("form"), [("a.cms", [0x30, 0x03, 0x02, 0x01, 0x01])]);
        var raw = await seedForm.ReadAsByteArrayAsync();
        var contentType = seedForm.Headers.ContentType!.ToString();
        for (var i = 0; i < 200 * Scale; i++)
        {
            using var content = new ByteArrayContent(mutator.Mutate(raw));
            var type = i % 10 == 0 ? Encoding.Latin1.GetString(mutator.MutateText(Encoding.ASCII.GetBytes(contentType))) : contentType;
            content.Headers.TryAddWithoutValidation("Content-Type", type);
            using var response = await client.PostAsync("/api/verify", content);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                $"form #{i} (seed {Seed ^ 0xF0}): {(int)response.StatusCode} {body}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var report = JsonSerializer.Deserialize<VerifyReport>(body, VerifierClient.Json)!;
                Assert.True(report.Problems.Count > 0 && report.Problems.All(p => p.Message.Length > 0), $"form #{i}: refused without a reason: {body}");
            }
        }
    }

    public void Dispose() => _app.Dispose();
}
