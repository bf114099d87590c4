using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// Seed 000 (Constitutional Court resolution No. 41-NP: nobody is deprived of housing without a court decision): an
/// involuntary termination needs a court decision record; a voluntary one needs the tenant's own EDS signature.
/// </summary>
public sealed class SeedRuleTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 5, 28);
    private static readonly byte[] DecisionPdf = "%PDF-1.4\n% Astana city court, case 2-1234/2026: the lease is terminated for arrears\n%%EOF\n"u8.ToArray();
    private readonly TermPlatform _app = new();

    public SeedRuleTests() => _app.Settings["Term:MaxCourtDecisionBytes"] = "4096";

    public void Dispose() => _app.Dispose();

    private static async Task<HttpResponseMessage> CourtAsync(HttpClient officer, Guid lease, Dictionary<string, string> fields, byte[]? file, string fileName = "decision.pdf")
    {
        var form = new MultipartFormDataContent { { new StringContent(await FormPost.TokenAsync(officer, "/Officer/RecipientLists")), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        if (file is not null)
        {
            var c = new ByteArrayContent(file);
            c.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(c, "decision", fileName);
        }

        return await officer.PostAsync($"/api/term/{lease}/terminations/involuntary", form);
    }

    private static Dictionary<string, string> Complete() => new()
    {
        ["courtName"] = "Astana city specialised inter-district economic court", ["caseNumber"] = "2-1234/2026", ["decisionDate"] = "2026-11-20", ["ground"] = "arrears of 5 monthly payments",
    };

    [Fact]
    public async Task Involuntary_termination_without_a_court_decision_record_is_refused()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var officer = await _app.As("ktk-officer");
        var none = await CourtAsync(officer, lease.Id, [], null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        var text = await none.Content.ReadAsStringAsync();
        Refusal.Shown(text, "term.refused.record_incomplete");
        Refusal.Mentions(text, "term.refused.court_rule");
        Refusal.Mentions(text, "term.refused.record.court_missing");
        Refusal.Mentions(text, "term.refused.record.case_missing");
        Refusal.Mentions(text, "term.refused.record.date_missing");
        Refusal.Mentions(text, "term.refused.record.file_missing");

        var noFile = await CourtAsync(officer, lease.Id, Complete(), null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noFile.StatusCode);
        Refusal.Mentions(await noFile.Content.ReadAsStringAsync(), "term.refused.record.file_missing");

        // Each kind of bad input is named.
        async Task<string> RefusedAsync(Dictionary<string, string> f, byte[]? file)
        {
            var r = await CourtAsync(officer, lease.Id, f, file);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        Refusal.Mentions(await RefusedAsync(Complete(), "just some text"u8.ToArray()), "term.refused.record.file_type");
        Refusal.Mentions(await RefusedAsync(Complete(), []), "term.refused.record.file_empty");
        Refusal.Mentions(await RefusedAsync(Complete(), [.. "%PDF-"u8.ToArray(), .. new byte[5000]]), "term.refused.record.file_large", 4096);
        Refusal.Mentions(await RefusedAsync(new(Complete()) { ["decisionDate"] = "2027-01-10" }, DecisionPdf), "term.refused.record.date_future", new DateOnly(2027, 1, 10));
        Refusal.Mentions(await RefusedAsync(new(Complete()) { ["decisionDate"] = "20.11.2026" }, DecisionPdf), "term.refused.record.date_invalid", "20.11.2026");
        Assert.Contains(Refusal.KkBefore("term.refused.record.date_before_lease").Trim(), Refusal.Detail(await RefusedAsync(new(Complete()) { ["decisionDate"] = "2026-01-10" }, DecisionPdf)), StringComparison.Ordinal);
        var notMultipart = await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
        // A form with the court's name alone (the anti-forgery header is the client's; its absence is AntiforgeryTests').
        var courtOnly = new MultipartFormDataContent { { new StringContent("x"), "courtName" } };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", courtOnly)).StatusCode);

        // The tenant cannot record court decisions; nothing was stored; the lease is not being closed.
        using var tenant = await _app.As("tenant");
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", new MultipartFormDataContent())).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<TerminationRecord>().CountAsync()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<LeaseClosing>().CountAsync()));

        // The officer's page refuses the same way.
        var page = await FormPost.UploadAsync(officer, $"/Officer/Leases/Details?id={lease.Id}&handler=Court", new Dictionary<string, string> { ["courtName"] = "Court" }, "decision", "d.txt", "text"u8.ToArray(),
            tokenPage: $"/Officer/Leases/Details?id={lease.Id}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"term-message\"", html);
        Refusal.Mentions(html, "term.refused.record.case_missing");
    }

    [Fact]
    public async Task Involuntary_termination_on_a_recorded_court_decision_is_accepted_and_files_the_termination()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        await _app.PublishCourtDecisionAsync(lease, Complete()["courtName"], Complete()["caseNumber"], new DateOnly(2026, 11, 20), DecisionPdf);
        using var officer = await _app.As("ktk-officer");
        var recorded = await CourtAsync(officer, lease.Id, Complete(), DecisionPdf);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var t = await TermPlatform.JsonAsync(recorded);
        Assert.False(t.GetProperty("accepted").GetBoolean());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(DecisionPdf)), t.GetProperty("documentSha256").GetString());
        var id = t.GetProperty("id").GetGuid();
        Assert.Contains($"/terminations/{id}/signature", await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));

        // The officer certifies the decision file with their own KTK EDS (not the tenant's, not over other bytes).
        var route = $"/api/term/{lease.Id}/terminations/{id}/signature";
        var byTenant = await TermPlatform.PostCms(officer, route, _app.Sign(DecisionPdf, "tenant"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byTenant.StatusCode);
        Refusal.Shown(await byTenant.Content.ReadAsStringAsync(), "term.refused.needs_ktk_key"); // the organisation is checked first
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await TermPlatform.PostCms(officer, route, _app.Sign("other"u8.ToArray(), "ktk-officer"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await TermPlatform.PostCms(officer, route, null)).StatusCode);
        var ok = await TermPlatform.PostCms(officer, route, _app.Sign(DecisionPdf, "ktk-officer"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await TermPlatform.JsonAsync(ok)).GetProperty("accepted").GetBoolean());

        // Ledger: the accepted termination, no IIN.
        var receipt = await _app.WithDbAsync(db => db.LedgerReceipts.SingleAsync(r => r.SubjectId.StartsWith("termination:")));
        Assert.DoesNotContain(_app.Iin("ktk-officer"), receipt.ReceiptJson);
        // Seed 000: recorded as a court decision (its own kind), over the decision file's hash, certified by the officer.
        Assert.Equal(nameof(RecordKind.CourtDecisionRecorded), receipt.Kind);
        var onLedger = (await (await _app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default)).GetAsync(receipt.LeafIndex, default))!.Record;
        Assert.Equal(RecordKind.CourtDecisionRecorded, onLedger.Kind);
        Assert.Equal(Sha256Digest.Of(DecisionPdf), onLedger.DocumentSha256);
        Assert.Equal("ktk-officer", onLedger.Role);
        Assert.DoesNotContain(lease.TenantIin, receipt.ReceiptJson);

        // The closing: KTK's letter citing the decision; the head signs; only the termination is filed (no ownership).
        using var head = await _app.As("ktk-head");
        var closing = await TermPlatform.JsonAsync(await officer.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("CourtDecision", closing.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKindNull, closing.GetProperty("transferSha256").ValueKind);
        var letter = await officer.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/pdf");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/letter/signature", _app.Sign(letter, "ktk-head"))).StatusCode);
        var filed = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null));
        var start = Assert.Single(_app.Started);
        Assert.Equal(RegistrationKind.EncumbranceTermination, start.Kind);
        Assert.Equal(BasisDocumentKind.KtkLetter, start.Basis.Kind);
        _app.Register(filed.GetProperty("terminationRegistrationId").GetGuid());
        Assert.Equal("Terminated", (await TermPlatform.JsonAsync(await officer.GetAsync($"/api/term/{lease.Id}/closing"))).GetProperty("state").GetString());

        // A second termination is refused: the lease is already being closed.
        Assert.Equal(HttpStatusCode.Conflict, (await CourtAsync(officer, lease.Id, Complete(), DecisionPdf)).StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Voluntary_termination_needs_the_tenants_own_signature()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var officer = await _app.As("ktk-officer");
        using var tenant = await _app.As("tenant");
        var route = $"/api/term/{lease.Id}/terminations/voluntary";
        var request = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/terminations/voluntary/request");
        Assert.Contains(lease.Number, System.Text.Encoding.UTF8.GetString(request));

        var unsigned = await TermPlatform.PostCms(officer, route, null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsigned.StatusCode);
        Refusal.Shown(await unsigned.Content.ReadAsStringAsync(), "term.refused.voluntary_needs_signature");
        var byGuarantor = await TermPlatform.PostCms(tenant, route, _app.Sign(request, "guarantor"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byGuarantor.StatusCode);
        Refusal.Shown(await byGuarantor.Content.ReadAsStringAsync(), "signing.refused.not_by", new Outcome.Text("signing.name.signature"), new Outcome.Text("signing.who.tenant", (object?)null));
        var byOfficer = await TermPlatform.PostCms(officer, route, _app.Sign(request, "ktk-officer"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byOfficer.StatusCode);
        var otherBytes = await TermPlatform.PostCms(tenant, route, _app.Sign("I agree"u8.ToArray(), "tenant"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBytes.StatusCode);
        Refusal.Shown(await otherBytes.Content.ReadAsStringAsync(), "signing.refused.not_accepted");
        Assert.Equal(HttpStatusCode.BadRequest, (await TermPlatform.PostCms(tenant, route, "***")).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<TerminationRecord>().CountAsync()));

        var signed = _app.Sign(request, "tenant");
        var ok = await TermPlatform.PostCms(tenant, route, signed, "moving abroad");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var t = await TermPlatform.JsonAsync(ok);
        Assert.Equal("Voluntary", t.GetProperty("kind").GetString());
        Assert.True(t.GetProperty("accepted").GetBoolean());
        var closing = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("VoluntaryTermination", closing.GetProperty("reason").GetString());
        var receipt = await _app.WithDbAsync(db => db.LedgerReceipts.SingleAsync(r => r.SubjectId.StartsWith("termination:")));
        Assert.DoesNotContain(lease.TenantIin, receipt.ReceiptJson);
        Assert.Equal(nameof(RecordKind.SignatureAdded), receipt.Kind); // the tenant's own signature, no court decision
        // Issue 17 §3: the same signed request resent after a lost answer gets the first answer and records nothing twice.
        var resent = await TermPlatform.PostCms(tenant, route, signed, "moving abroad");
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(t.GetProperty("id").GetGuid(), (await TermPlatform.JsonAsync(resent)).GetProperty("id").GetGuid());
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<TerminationRecord>().CountAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId.StartsWith("termination:"))));
        // Another signature over the request: the lease is being closed already.
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        var another = _app.Sign(request, "tenant");
        Assert.NotEqual(signed, another);
        Assert.Equal(HttpStatusCode.Conflict, (await TermPlatform.PostCms(tenant, route, another)).StatusCode);

        // The tenant's page offered the request with the signing widget.
        await _app.AddUserAsync(TestIins.Recipient1, "Someone Else", RentToOwn.Platform.Identity.PlatformRoles.Tenant);
        using var other = await _app.SignedInClientAsync(TestIins.Recipient1);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Tenant/Term/Terminate?id={lease.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TermPlatform.PostCms(other, route, _app.Sign(request, "tenant"))).StatusCode);
    }

    [Fact]
    public async Task The_voluntary_request_page_signs_the_exact_request_bytes()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        var html = await tenant.GetStringAsync($"/Tenant/Term/Terminate?id={lease.Id}");
        var request = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/terminations/voluntary/request");
        var document = System.Text.RegularExpressions.Regex.Match(html, "data-document=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(request, Convert.FromBase64String(System.Net.WebUtility.HtmlDecode(document)));
        Assert.Contains($"data-submit-url=\"/api/term/{lease.Id}/terminations/voluntary\"", html);
    }
}
