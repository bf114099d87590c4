using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>A.8–A.11 in the tenant's cabinet on the real app, with the demo tenant's real keys.</summary>
public sealed class TenantApplicationTests : IDisposable
{
    private const string Page = "/Tenant/Application";
    private const string KtkBin = "040540000103";
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private readonly PlatformFactory _factory = new() { Settings = { ["Applications:MaxDocumentBytes"] = "4096" } };

    private string Pki => _factory.PkiDirectory;

    private async Task<HttpClient> TenantAsync(string role = "tenant", bool consent = true)
    {
        var iin = DemoKeys.Party(Pki, role).Iin;
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == iin).ExecuteUpdateAsync(s => s.SetProperty(u => u.Roles, PlatformRoles.Tenant)));
        var client = await EdsClient.LoggedInAsync(_factory, DemoKeys.Load(Pki, role));
        if (consent) Assert.Equal(HttpStatusCode.OK, (await GiveConsentAsync(client, role)).StatusCode);
        return client;
    }

    private Task<HttpResponseMessage> GiveConsentAsync(HttpClient client, string role, string language = "kk", string? signerRole = null, string purpose = "sign")
    {
        return ConsentClient.GiveAsync(client, form => Convert.ToBase64String(
            new CadesSigner(_factory.Time).Sign(form, DemoKeys.Load(Pki, signerRole ?? role, purpose), CadesSignOptions.Detached)), language);
    }

    private async Task<string> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(client, Page);
        var r = await client.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields));
        return await r.Content.ReadAsStringAsync();
    }

    private static async Task<string> UploadAsync(HttpClient client, DocumentKind kind, string name, byte[] bytes)
    {
        var r = await FormPost.UploadAsync(client, $"{Page}?handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document", name, bytes, tokenPage: Page);
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Without_a_live_consent_nothing_is_read_and_the_refusal_is_audited()
    {
        var client = await TenantAsync(consent: false);
        var r = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/Tenant/Consent", r.Headers.Location!.OriginalString);
        var iin = DemoKeys.Party(Pki, "tenant").Iin;
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.SubjectIin == iin && !a.Allowed && a.Action == "read:application")));
        Assert.Contains("ДЕРБЕС ДЕРЕКТЕРДІ", await client.GetStringAsync("/Tenant/Consent"));
    }

    [Fact]
    public async Task Consent_must_be_signed_by_the_subject_with_a_signing_key_over_the_form()
    {
        var client = await TenantAsync(consent: false);
        var byOther = await GiveConsentAsync(client, "tenant", signerRole: "guarantor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byOther.StatusCode);
        var authKey = await GiveConsentAsync(client, "tenant", purpose: "auth");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, authKey.StatusCode);
        var bad = await client.PostAsJsonAsync("/api/consents", new { language = "de", cms = "AAAA" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Consents.CountAsync()));

        var ok = await GiveConsentAsync(client, "tenant", "ru");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
        Assert.Contains("id=\"consent-given\"", await client.GetStringAsync("/Tenant/Consent"));
        // The tenant sees the consent's ledger receipt (A.18).
        var page = await client.GetStringAsync(Page);
        Assert.Contains("id=\"receipts\"", page);
        Assert.Contains("ConsentGiven", page);
    }

    [Fact]
    public async Task The_questionnaire_refuses_bad_input_with_a_reason()
    {
        var client = await TenantAsync();
        var fields = new Dictionary<string, string> { ["Employer"] = "Astana School 12", ["Position"] = "Teacher", ["MonthlyIncome"] = "450000", ["FamilyMembers"] = "3" };
        Refusal.Shown(await PostAsync(client, "Save", new(fields) { ["MonthlyIncome"] = "0" }), "applications.refused.income_positive");
        Refusal.Shown(await PostAsync(client, "Save", new(fields) { ["Married"] = "true", ["SpouseIin"] = "123" }), "applications.refused.spouse_iin_invalid");
        Refusal.Shown(await PostAsync(client, "Save", new(fields) { ["Employer"] = "" }), "applications.refused.employer_needed");
        var saved = await PostAsync(client, "Save", fields);
        Assert.Contains("value=\"Astana School 12\"", saved);
        Assert.Equal(450_000_00, await _factory.WithDbAsync(db => db.Applications.Select(a => a.MonthlyIncomeTiyn).SingleAsync()));
    }

    [Fact]
    public async Task Documents_are_checked_for_type_and_size()
    {
        var client = await TenantAsync();
        Refusal.Shown(await UploadAsync(client, DocumentKind.SalaryCertificate, "salary.pdf", "MZ\x90\0 not a pdf"u8.ToArray()), "applications.refused.file_type");
        Refusal.Shown(await UploadAsync(client, DocumentKind.SalaryCertificate, "big.pdf", [.. Pdf, .. new byte[5000]]), "applications.refused.file_too_large");
        Refusal.Shown(await UploadAsync(client, DocumentKind.SalaryCertificate, "empty.pdf", []), "applications.refused.choose_file");
        Assert.Contains("salary.pdf", await UploadAsync(client, DocumentKind.SalaryCertificate, "salary.pdf", Pdf));
        var doc = await _factory.WithDbAsync(db => db.ApplicationDocuments.SingleAsync());
        Assert.Equal("application/pdf", doc.ContentType);
        Assert.Equal(Pdf, await client.GetByteArrayAsync($"{Page}?handler=Document&id={doc.Id}"));
    }

    [Fact]
    public async Task Guarantors_are_invited_by_a_valid_adult_IIN()
    {
        var client = await TenantAsync();
        var me = DemoKeys.Party(Pki, "tenant").Iin;
        Refusal.Shown(await PostAsync(client, "Invite", new() { ["GuarantorIin"] = TestIins.WithWrongControlDigit(TestIins.Recipient1) }), "applications.refused.guarantor_iin_invalid");
        Refusal.Shown(await PostAsync(client, "Invite", new() { ["GuarantorIin"] = me }), "applications.refused.own_guarantor");
        Assert.Contains("A.2.9", await PostAsync(client, "Invite", new() { ["GuarantorIin"] = TestIins.Make("100101", '5', 7) })); // 16 years old
        var guarantor = DemoKeys.Party(Pki, "guarantor").Iin;
        var html = await PostAsync(client, "Invite", new() { ["GuarantorIin"] = guarantor });
        Assert.Contains($"1. {guarantor}", html);
        // Issue 17 §3: the same invitation resent (a lost answer, a reloaded form) succeeds and invites nobody twice.
        var again = await PostAsync(client, "Invite", new() { ["GuarantorIin"] = guarantor });
        Assert.Contains($"1. {guarantor}", again);
        Assert.DoesNotContain($"2. {guarantor}", again);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.GuarantorInvitations.CountAsync(g => g.GuarantorIin == guarantor)));
    }

    [Fact]
    public async Task Submission_needs_the_A10_documents_and_starts_the_A13_clock()
    {
        var client = await TenantAsync();
        await PostAsync(client, "Save", new() { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2" });
        var kk = new RentToOwn.Platform.Localization.UiText(); // the page's language; documents by their human names
        Assert.Contains(string.Join(", ", new[] { "EmploymentCertificate", "SalaryCertificate", "NoPropertyCertificate", "NoMarriageStatement" }.Select(k => kk.Get("kk", "doc." + k))),
            await PostAsync(client, "Submit", []));
        foreach (var kind in DocumentRules.RequiredFor(married: false, children: 0, previouslyMarried: false))
        {
            await UploadAsync(client, kind, $"{kind}.pdf", Pdf);
        }

        var html = await PostAsync(client, "Submit", []);
        // Submitted Wed 25 Nov 2026 → 15 calendar days → 10 Dec.
        Assert.Contains("2026-12-10", html);
        Assert.Equal(ApplicationStatus.Submitted, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
        Refusal.Shown(await PostAsync(client, "Save", new() { ["Employer"] = "X", ["Position"] = "Y", ["MonthlyIncome"] = "1", ["FamilyMembers"] = "1" }), "applications.refused.submitted_no_change");
    }

    [Fact]
    public async Task A_tenant_cannot_open_another_tenants_document()
    {
        var owner = await TenantAsync();
        await UploadAsync(owner, DocumentKind.SalaryCertificate, "salary.pdf", Pdf);
        var docId = await _factory.WithDbAsync(db => db.ApplicationDocuments.Select(d => d.Id).SingleAsync());

        var other = await TenantAsync("spouse");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Page}?handler=Document&id={docId}")).StatusCode);
        Assert.DoesNotContain("salary.pdf", await other.GetStringAsync(Page));
        // An officer's session does not open the tenant cabinet at all.
        var officer = await EdsClient.LoggedInAsync(_factory, DemoKeys.Load(Pki, "ktk-officer"));
        Assert.StartsWith("/Forbidden", (await officer.GetAsync($"{Page}?handler=Document&id={docId}")).Headers.Location!.PathAndQuery);
    }

    public void Dispose() => _factory.Dispose();
}
