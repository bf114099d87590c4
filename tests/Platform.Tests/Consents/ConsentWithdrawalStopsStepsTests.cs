using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Registration.Forms;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Registration;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>
/// Issue 16 §5: once a person withdraws a consent, what depends on it stops — the guarantor's and the spouse's signatures
/// over the application (A.12), the guarantor's questionnaire, and the registration steps of A.20–A.22 (signature, fee,
/// KTK's filing). Each endpoint refuses with the date ("withdrawn on …"), and each attempt is in the audit log.
/// </summary>
public sealed class ConsentWithdrawalStopsStepsTests : IDisposable
{
    private readonly RegistrationPlatform _factory = new();

    public void Dispose() => _factory.Dispose();

    private ApplicationFlow Flow => new(_factory, _factory.PkiDirectory);

    private string Iin(string role) => DemoKeys.Party(_factory.PkiDirectory, role).Iin;

    private string Today => _factory.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd");

    /// <summary>Withdraws every live consent of the logged-in <paramref name="client"/> (of <paramref name="purpose"/>, when given), signed with <paramref name="role"/>'s key.</summary>
    private async Task WithdrawAsync(HttpClient client, string role, string? purpose = null)
    {
        foreach (var c in (await client.GetFromJsonAsync<JsonElement>("/api/consents")).EnumerateArray()
                     .Where(c => c.GetProperty("live").GetBoolean() && (purpose is null || c.GetProperty("purpose").GetString() == purpose)))
        {
            var id = c.GetProperty("id").GetGuid();
            var form = await client.GetFromJsonAsync<JsonElement>($"/api/consents/{id}/withdrawal?language=en");
            var cms = Flow.Sign(Convert.FromBase64String(form.GetProperty("document").GetString()!), role);
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/consents/{id}/withdrawal", new { language = "en", cms })).StatusCode);
        }
    }

    private async Task AssertStoppedAsync(HttpResponseMessage r, string actor, string action)
    {
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Refusal.Shown(body, "consents.refused.withdrawn_on");
        Assert.Contains(Today, body, StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == actor && a.Action == action && !a.Allowed)), $"no refused {action} audited");
    }

    [Fact]
    public async Task A12_after_withdrawal_the_guarantors_signature_and_questionnaire_and_the_spouses_signature_are_refused_and_audited()
    {
        var id = await Flow.SubmittedApplicationAsync(married: true, organisationBin: "100340005011");
        var officer = await Flow.LoginAsync("ktk-officer");
        // A.11: the officer asks for a guarantor, the tenant invites the demo guarantor too.
        var details = $"/Officer/Review/Details?id={id}";
        await officer.PostAsync($"{details}&handler=RequestGuarantor", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, details), ["GuarantorReason"] = "Income too low (A.14)." }));
        var tenant = await Flow.LoginAsync("tenant");
        await tenant.PostAsync("/Tenant/Application?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = await FormPost.TokenAsync(tenant, "/Tenant/Application"), ["GuarantorIin"] = Iin("guarantor") }));

        // The guarantor gives everything, then withdraws the consent: the signature endpoint stops, with the date.
        var guarantor = await Flow.LoginAsync("guarantor");
        await Flow.GuarantorPreparesAsync(guarantor, id, "guarantor");
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, Iin("guarantor"));
        var page = $"/Guarantor/Questionnaire?id={id}";
        var token = await FormPost.TokenAsync(guarantor, page); // the form as it was open before the withdrawal
        await WithdrawAsync(guarantor, "guarantor");
        await AssertStoppedAsync(await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Flow.Sign(text, "guarantor") }),
            Iin("guarantor"), "sign:application:guarantor");
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "ApplicationSigned")));
        // …and the questionnaire is neither written nor shown.
        var save = await guarantor.PostAsync($"{page}&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Employer"] = "Changed", ["Position"] = "x",
            ["MonthlyIncome"] = "1", ["MonthlyObligations"] = "0",
        }));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Air Astana", await _factory.WithDbAsync(db => db.GuarantorInvitations.Where(g => g.GuarantorIin == Iin("guarantor")).Select(g => g.Employer).SingleAsync()));
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == Iin("guarantor") && a.Action == "write:guarantor-questionnaire" && !a.Allowed)));

        // The spouse consented, then withdrew: the spouse's signature stops too.
        var spouse = await Flow.LoginAsync("spouse");
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(spouse, f => Flow.Sign(f, "spouse"))).StatusCode);
        await WithdrawAsync(spouse, "spouse");
        var applicationText = await _factory.WithDbAsync(async db => ApplicationText.Bytes(await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).SingleAsync(a => a.Id == id)));
        await AssertStoppedAsync(await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = Flow.Sign(applicationText, "spouse") }),
            Iin("spouse"), "sign:application:spouse");
        Assert.Null(await _factory.WithDbAsync(db => db.Applications.Select(a => a.SpouseSignedAt).SingleAsync()));

        // A new consent lets the guarantor go on (the gate is the live consent, not a permanent ban).
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, f => Flow.Sign(f, "guarantor"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Flow.Sign(text, "guarantor") })).StatusCode);
    }

    [Fact]
    public async Task A20_after_the_tenant_withdraws_the_registration_consent_the_signature_the_fee_and_the_filing_are_refused_and_audited()
    {
        var registrations = new RegistrationFlow(_factory);
        var lease = await registrations.SignedContractAsync();
        var id = await registrations.FormAsync(lease);
        using var tenant = await registrations.ClientAsync("tenant");
        var form = await RegistrationFlow.JsonAsync(await tenant.GetAsync($"/api/registrations/{id}/consent-form?language=ru"));
        var consentCms = registrations.Sign(Convert.FromBase64String(form.GetProperty("document").GetString()!), "tenant");
        await RegistrationFlow.JsonAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "ru", cms = consentCms }));
        await WithdrawAsync(tenant, "tenant", RegistrationConsentForm.Purpose);

        var doc = await tenant.GetByteArrayAsync($"/api/registrations/{id}/form");
        await AssertStoppedAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = registrations.Sign(doc, "tenant") }),
            Iin("tenant"), "sign:registration");
        await AssertStoppedAsync(await tenant.PostAsync($"/api/registrations/{id}/fee", null), Iin("tenant"), "pay:registration-fee");
        using var officer = await registrations.ClientAsync("ktk-officer");
        var filed = await officer.PostAsync($"/api/registrations/{id}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, filed.StatusCode);
        Refusal.Shown(await filed.Content.ReadAsStringAsync(), "consents.refused.withdrawn_on", new Outcome.Text("consents.refused.whose.tenant"), Today);
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == Iin("ktk-officer") && a.Action == "file:registration" && !a.Allowed)));
        Assert.Contains("signature", (await registrations.ViewAsync(id)).Missing); // not signed, not filed

        // A new consent for this registration: the steps go on.
        var again = await RegistrationFlow.JsonAsync(await tenant.GetAsync($"/api/registrations/{id}/consent-form?language=ru"));
        await RegistrationFlow.JsonAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent",
            new { language = "ru", cms = registrations.Sign(Convert.FromBase64String(again.GetProperty("document").GetString()!), "tenant") }));
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = registrations.Sign(doc, "tenant") })).StatusCode);
    }
}
