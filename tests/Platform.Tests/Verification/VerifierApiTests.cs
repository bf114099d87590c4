using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Eds.Signing;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>A.18: the public verifier API on the real app (WebApplicationFactory), with the test PKI and the embedded ledger.</summary>
public sealed class VerifierApiTests : IDisposable
{
    private const string TenantIin = "900501300120";
    private readonly PlatformFactory _app = new();

    [Fact]
    public async Task Signed_contract_on_the_ledger_passes_with_a_verified_proof_witnesses_and_a_masked_iin()
    {
        var pdf = SignedContract.Pdf("contract RTO-1");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        var receipt = await SignedContract.AppendAsync(_app, "contract-rto-1", pdf, cms, "tenant");

        var (response, report, body) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(pdf, [("tenant.cms", cms)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOTAL_PASSED", report.Indication);
        var s = Assert.Single(report.Signatures);
        Assert.Equal("TOTAL_PASSED", s.Indication);
        Assert.Equal("90******0120", s.Signer!.MaskedIin);
        Assert.Contains("individual", s.Signer.Roles);
        Assert.DoesNotContain(TenantIin, body); // A.39–A.40: never a full IIN in public, not even in the chain's DNs
        Assert.NotEmpty(s.Chain);
        Assert.NotNull(s.BestSignatureTime);
        Assert.Contains("CRL", s.RevocationSource);

        Assert.Equal("verified", s.Ledger.Status);
        Assert.Equal(receipt.Index, s.Ledger.Index);
        Assert.Equal("tenant", s.Ledger.Role);
        Assert.Equal("contract-rto-1", s.Ledger.SubjectId);
        Assert.True(s.Ledger.InclusionProofVerified);
        var cp = s.Ledger.Checkpoint!;
        Assert.True(cp.LogSignatureVerified);
        Assert.Equal(1, cp.Threshold);
        Assert.Equal(1, cp.VerifiedWitnesses);
        var witness = Assert.Single(cp.Witnesses);
        Assert.True(witness.Verified);
        Assert.Equal("none", s.Ledger.Anchor!.Status);
        Assert.Contains("anchor not checked", s.Ledger.Anchor.Message);

        // The offered bundle verifies offline with only the deployment's public keys.
        var bundle = await _app.CreateClient().GetStringAsync(s.Ledger.BundleUrl);
        var files = _app.Services.GetRequiredService<LedgerFiles>();
        var offline = await new BundleVerifier(await files.LogKeyAsync(default), [await files.WitnessKeyAsync(default)], 1).VerifyAsync(bundle);
        Assert.True(offline.IsValid, offline.Reason);
        Assert.Equal(receipt.Index, BundleJson.Deserialize(bundle).LeafIndex);

        // And uploading it (with the PDF) shows it verified and matching the document.
        var (_, again, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(pdf, bundle: Encoding.UTF8.GetBytes(bundle)));
        Assert.True(again.Bundle!.Valid, again.Bundle.Reason);
        Assert.True(again.Bundle.DocumentMatches);
        Assert.Equal("tenant", again.Bundle.Role);
    }

    [Fact]
    public async Task Bundle_download_needs_the_document_hash()
    {
        var pdf = SignedContract.Pdf("contract RTO-2");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        var receipt = await SignedContract.AppendAsync(_app, "contract-rto-2", pdf, cms, "tenant");
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/verify/bundle/{receipt.Index}?document={new string('0', 64)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/verify/bundle/{receipt.Index}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/verify/bundle/999?document={receipt.Record.DocumentSha256.ToHex()}")).StatusCode);
        var ok = await client.GetAsync($"/api/verify/bundle/{receipt.Index}?document={receipt.Record.DocumentSha256.ToHex()}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/json", ok.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Tampered_pdf_fails_with_hash_failure_and_is_not_verified_on_the_ledger()
    {
        var pdf = SignedContract.Pdf("contract RTO-3");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        await SignedContract.AppendAsync(_app, "contract-rto-3", pdf, cms, "tenant");
        var tampered = (byte[])pdf.Clone();
        tampered[^8] ^= 0x01;

        var (response, report, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(tampered, [("tenant.cms", cms)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOTAL_FAILED", report.Indication);
        var s = Assert.Single(report.Signatures);
        Assert.Equal("HASH_FAILURE", s.SubIndication);
        Assert.Equal("other_document", s.Ledger.Status); // the CMS is registered, but for the original document
        Assert.Null(s.Ledger.BundleUrl);
    }

    [Fact]
    public async Task Valid_signature_that_was_never_registered_passes_crypto_but_is_not_on_the_ledger()
    {
        var pdf = SignedContract.Pdf("signed elsewhere");
        var cms = SignedContract.Sign(_app, pdf, "guarantor");

        var (_, report, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(pdf, [("g.cms", cms)]));

        var s = Assert.Single(report.Signatures);
        Assert.Equal("TOTAL_PASSED", s.Indication);
        Assert.Equal("85******0344", s.Signer!.MaskedIin);
        Assert.Equal("not_on_ledger", s.Ledger.Status);
        Assert.Null(s.Ledger.Index);
    }

    [Fact]
    public async Task Several_signature_files_and_a_combined_cms_each_find_their_own_record()
    {
        var pdf = SignedContract.Pdf("contract RTO-4");
        var tenant = SignedContract.Sign(_app, pdf, "tenant");
        var guarantor = SignedContract.Sign(_app, pdf, "guarantor");
        var head = SignedContract.Sign(_app, pdf, "ktk-head");
        await SignedContract.AppendAsync(_app, "contract-rto-4", pdf, tenant, "tenant");
        await SignedContract.AppendAsync(_app, "contract-rto-4", pdf, guarantor, "guarantor");
        await SignedContract.AppendAsync(_app, "contract-rto-4", pdf, head, "ktk-head");

        var (_, separate, body) = await VerifierClient.PostAsync(_app.CreateClient(),
            VerifierClient.Form(pdf, [("tenant.cms", tenant), ("guarantor.cms", guarantor), ("head.cms", head)]));
        Assert.Equal("TOTAL_PASSED", separate.Indication);
        Assert.Equal(["tenant", "guarantor", "ktk-head"], separate.Signatures.Select(s => s.Ledger.Role));
        Assert.All(separate.Signatures, s => Assert.Equal("verified", s.Ledger.Status));
        var headReport = separate.Signatures[2];
        Assert.Equal("040540000103", headReport.Signer!.Bin); // a BIN is public; the head's IIN is not
        Assert.Equal("80******0457", headReport.Signer.MaskedIin);
        Assert.DoesNotContain("800203300457", body);

        // A.17–A.18 parallel signatures in one CMS: each SignerInfo is matched by its signer (HMAC reference of the IIN).
        var signer = new CadesSigner(_app.Time);
        var combined = signer.AddSignature(signer.AddSignature(tenant, pdf, SignedContract.SigningKey(_app, "guarantor")), pdf, SignedContract.SigningKey(_app, "ktk-head"));
        var (_, together, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(pdf, [("contract.cms", combined)]));
        Assert.Equal(3, together.Signatures.Count);
        Assert.All(together.Signatures, s => Assert.Equal("verified", s.Ledger.Status));
        Assert.Equal(["guarantor", "ktk-head", "tenant"], together.Signatures.Select(s => s.Ledger.Role!).Order());
    }

    [Fact]
    public async Task Records_with_certificate_fingerprints_match_the_signers_of_a_combined_cms()
    {
        var pdf = SignedContract.Pdf("contract RTO-9");
        var tenant = SignedContract.Sign(_app, pdf, "tenant");
        var guarantor = SignedContract.Sign(_app, pdf, "guarantor");
        await SignedContract.AppendWithCertificateAsync(_app, "contract-rto-9", pdf, tenant, "tenant");
        await SignedContract.AppendWithCertificateAsync(_app, "contract-rto-9", pdf, guarantor, "guarantor");
        var combined = new CadesSigner(_app.Time).AddSignature(tenant, pdf, SignedContract.SigningKey(_app, "guarantor"));

        var (_, report, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(pdf, [("contract.cms", combined)]));

        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.Equal("verified", s.Ledger.Status));
        Assert.Equal(["guarantor", "tenant"], report.Signatures.Select(s => s.Ledger.Role!).Order());

        // The same combined CMS over a tampered PDF: no signer is matched to a record.
        var tampered = SignedContract.Pdf("contract RTO-9 altered");
        var (_, bad, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(tampered, [("contract.cms", combined)]));
        Assert.All(bad.Signatures, s => Assert.Equal(("TOTAL_FAILED", "HASH_FAILURE"), (s.Indication, s.SubIndication)));
        Assert.All(bad.Signatures, s => Assert.NotEqual("verified", s.Ledger.Status));
    }

    [Fact]
    public async Task Attached_cms_needs_no_pdf_and_base64_text_is_accepted()
    {
        var pdf = SignedContract.Pdf("contract RTO-5");
        var attached = SignedContract.Sign(_app, pdf, "tenant", attached: true);
        await SignedContract.AppendAsync(_app, "contract-rto-5", pdf, attached, "tenant");

        var (response, report, _) = await VerifierClient.PostAsync(_app.CreateClient(),
            VerifierClient.Form(signatures: [("tenant.cms", Encoding.ASCII.GetBytes(Convert.ToBase64String(attached, Base64FormattingOptions.InsertLineBreaks)))]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var s = Assert.Single(report.Signatures);
        Assert.Equal("TOTAL_PASSED", s.Indication);
        Assert.Equal("verified", s.Ledger.Status);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), report.DocumentSha256);
    }

    [Fact]
    public async Task Bundle_with_one_flipped_character_fails_with_the_reason()
    {
        var pdf = SignedContract.Pdf("contract RTO-6");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        var receipt = await SignedContract.AppendAsync(_app, "contract-rto-6", pdf, cms, "tenant");
        await SignedContract.AppendAsync(_app, "contract-rto-6b", pdf, SignedContract.Sign(_app, pdf, "guarantor"), "guarantor"); // a proof with at least one hash
        var json = await _app.CreateClient().GetStringAsync($"/api/verify/bundle/{receipt.Index}?document={receipt.Record.DocumentSha256.ToHex()}");
        var bundle = BundleJson.Deserialize(json);

        async Task<string> ReasonOf(string altered)
        {
            var (response, report, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(bundle: Encoding.UTF8.GetBytes(altered)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(report.Bundle!.Valid);
            return report.Bundle.Reason;
        }

        var proofHash = bundle.InclusionProof[0];
        Assert.Contains("inclusion", await ReasonOf(json.Replace(proofHash, Flip(proofHash))));
        var doc = bundle.Record.DocumentSha256;
        Assert.Contains("inclusion", await ReasonOf(json.Replace(doc, Flip(doc))));
        var origin = (await _app.Services.GetRequiredService<LedgerFiles>().LogKeyAsync(default)).Name;
        var sigLine = bundle.Checkpoint.Split('\n').First(l => l.StartsWith($"\u2014 {origin} ", StringComparison.Ordinal));
        var b64 = sigLine[(sigLine.LastIndexOf(' ') + 1)..];
        var flippedSig = Convert.ToBase64String(Convert.FromBase64String(b64).Select((b, i) => i == 10 ? (byte)(b ^ 1) : b).ToArray());
        Assert.Contains("log key", await ReasonOf(BundleJson.Serialize(bundle with { Checkpoint = bundle.Checkpoint.Replace(b64, flippedSig) })));
        Assert.Contains("not valid bundle JSON", await ReasonOf(json.Replace("\"leafIndex\"", "\"leafIndeks\"")));

        // The untouched bundle still verifies.
        var (_, good, _) = await VerifierClient.PostAsync(_app.CreateClient(), VerifierClient.Form(bundle: Encoding.UTF8.GetBytes(json)));
        Assert.True(good.Bundle!.Valid, good.Bundle.Reason);
        Assert.Null(good.Bundle.DocumentMatches);
    }

    [Fact]
    public async Task Bundle_of_another_document_is_flagged()
    {
        var pdf = SignedContract.Pdf("contract RTO-7");
        var receipt = await SignedContract.AppendAsync(_app, "contract-rto-7", pdf, SignedContract.Sign(_app, pdf, "tenant"), "tenant");
        var json = await _app.CreateClient().GetStringAsync($"/api/verify/bundle/{receipt.Index}?document={receipt.Record.DocumentSha256.ToHex()}");

        var (_, report, _) = await VerifierClient.PostAsync(_app.CreateClient(),
            VerifierClient.Form(SignedContract.Pdf("another contract"), bundle: Encoding.UTF8.GetBytes(json)));

        Assert.False(report.Bundle!.Valid);
        Assert.False(report.Bundle.DocumentMatches);
        Assert.Contains("another document", report.Bundle.Reason);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_result_never_a_500()
    {
        var client = _app.CreateClient();
        var pdf = SignedContract.Pdf("contract RTO-8");
        var cms = SignedContract.Sign(_app, pdf, "tenant");

        var (r1, notPdf, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(Encoding.ASCII.GetBytes("hello, not a pdf"), [("a.cms", cms)], documentName: "a.txt"));
        Assert.Equal(HttpStatusCode.BadRequest, r1.StatusCode);
        Assert.Equal("not_pdf", Assert.Single(notPdf.Problems).Code);

        var (r2, empty, _) = await VerifierClient.PostAsync(client, VerifierClient.Form([], [("empty.cms", [])]));
        Assert.Equal(HttpStatusCode.BadRequest, r2.StatusCode);
        Assert.Equal(["empty_file", "empty_file"], empty.Problems.Select(p => p.Code));

        var (r3, nothing, _) = await VerifierClient.PostAsync(client, VerifierClient.Form());
        Assert.Equal(HttpStatusCode.BadRequest, r3.StatusCode);
        Assert.Equal("nothing_uploaded", Assert.Single(nothing.Problems).Code);

        var (r4, garbage, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(pdf, [("junk.cms", Encoding.ASCII.GetBytes("\u0030\u0082garbage garbage"))]));
        Assert.Equal(HttpStatusCode.OK, r4.StatusCode);
        var g = Assert.Single(garbage.Signatures);
        Assert.Equal("TOTAL_FAILED", g.Indication);
        Assert.Equal("FORMAT_FAILURE", g.SubIndication);
        Assert.Equal("not_on_ledger", g.Ledger.Status);

        var (r5, detachedAlone, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(signatures: [("a.cms", cms)]));
        Assert.Equal(HttpStatusCode.OK, r5.StatusCode);
        Assert.Contains(detachedAlone.Problems, p => p.Code == "no_document");

        var (r6, pdfAlone, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(pdf));
        Assert.Equal(HttpStatusCode.BadRequest, r6.StatusCode);
        Assert.Equal("no_signatures", Assert.Single(pdfAlone.Problems).Code);

        var (r7, binaryBundle, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(bundle: [0xff, 0xfe, 0x00, 0x01]));
        Assert.Equal(HttpStatusCode.OK, r7.StatusCode);
        Assert.False(binaryBundle.Bundle!.Valid);

        var json = await client.PostAsync("/api/verify", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("not_multipart", await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversize_files_are_refused_with_413_by_the_configured_limit()
    {
        using var small = new PlatformFactory { Settings = { ["Verifier:MaxFileBytes"] = "6000" } };
        var pdf = SignedContract.Pdf(new string('x', 8000));
        var cms = SignedContract.Sign(small, SignedContract.Pdf("ok"), "tenant");

        var (response, report, _) = await VerifierClient.PostAsync(small.CreateClient(), VerifierClient.Form(pdf, [("a.cms", cms)], documentName: "big.pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var p = Assert.Single(report.Problems);
        Assert.Equal(("too_large", "big.pdf"), (p.Code, p.File));
        Assert.Contains("6000", p.Message);
    }

    [Fact]
    public async Task A_2_MiB_cms_with_2000_signers_is_refused_with_413_in_under_a_second()
    {
        var pdf = SignedContract.Pdf("contract RTO-2000");
        var one = SignedContract.Sign(_app, pdf, "tenant");
        var count = Math.Max(2_000, 2 * 1024 * 1024 / (VideoSessions.SubstitutedCms.WithRepeatedSigner(one, 2).Length - one.Length) + 1);
        var cms = VideoSessions.SubstitutedCms.WithRepeatedSigner(one, count);
        Assert.InRange(cms.Length, 2 * 1024 * 1024, 8 * 1024 * 1024); // under the 10 MiB file limit
        var client = _app.CreateClient();
        await client.GetAsync("/healthz"); // the host is up before the clock starts

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (response, report, _) = await VerifierClient.PostAsync(client, VerifierClient.Form(pdf, [("many.cms", cms)]));
        watch.Stop();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var p = Assert.Single(report.Problems);
        Assert.Equal(("too_large", $"the CMS holds {count} SignerInfos; at most 16 are accepted"), (p.Code, p.Message));
        Assert.Empty(report.Signatures);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task The_EDS_limits_come_from_configuration()
    {
        using var strict = new PlatformFactory { Settings = { ["Eds:Limits:MaxSigners"] = "2", ["Eds:Limits:MaxCertificates"] = "8", ["Eds:Limits:MaxSeconds"] = "3" } };
        var pdf = SignedContract.Pdf("contract RTO-limits");
        var one = SignedContract.Sign(strict, pdf, "tenant");
        var three = VideoSessions.SubstitutedCms.WithRepeatedSigner(one, 3);

        var (response, report, _) = await VerifierClient.PostAsync(strict.CreateClient(), VerifierClient.Form(pdf, [("three.cms", three)]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(("too_large", "the CMS holds 3 SignerInfos; at most 2 are accepted"), (report.Problems[0].Code, report.Problems[0].Message));
        var limits = strict.Services.GetRequiredService<RentToOwn.Platform.Signing.EdsTrust>().Policy(RentToOwn.Eds.Certificates.KeyPurpose.Signing).Limits;
        Assert.Equal((2, 8, TimeSpan.FromSeconds(3)), (limits.MaxSigners, limits.MaxCertificates, limits.MaxDuration));
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_with_its_key()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new RentToOwn.Platform.Signing.EdsLimitOptions { MaxSigners = 0 }.ToLimits());
        Assert.Equal("Eds:Limits: MaxSigners (0), MaxCertificates (32) and MaxSeconds (10) must be positive", e.Message);

        using var bad = new PlatformFactory { Settings = { ["Eds:Limits:MaxSeconds"] = "-1" } };
        var start = Record.Exception(() => bad.Services);
        Assert.Contains("Eds:Limits: MaxSigners, MaxCertificates and MaxSeconds must be positive", start?.ToString());
    }

    [Fact]
    public async Task Verifier_is_rate_limited_per_client()
    {
        using var limited = new PlatformFactory { Settings = { ["RateLimits:VerifierPermitLimit"] = "2", ["RateLimits:WindowSeconds"] = "3600" } };
        var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/verify", VerifierClient.Form())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/api/verify", VerifierClient.Form())).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/Verify")).StatusCode); // the page shares the limit
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    private static string Flip(string hex) => (hex[0] == '0' ? '1' : '0') + hex[1..];

    public void Dispose() => _app.Dispose();
}
