using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>A.6 → A.13 through the public pages and APIs: list import, application, guarantor signature, officer queue.</summary>
public sealed class GuarantorAndReviewTests : IDisposable
{
    private const string KtkBin = "040540000103";
    private static readonly byte[] Pdf = "%PDF-1.7\n%%EOF"u8.ToArray();
    private readonly PlatformFactory _factory = new();

    private string Pki => _factory.PkiDirectory;

    private async Task<HttpClient> LoginAsync(string role) => await EdsClient.LoggedInAsync(_factory, DemoKeys.Load(Pki, role));

    private string Sign(byte[] data, string role) =>
        Convert.ToBase64String(new CadesSigner(_factory.Time).Sign(data, DemoKeys.Load(Pki, role, "sign"), CadesSignOptions.Detached));

    private async Task<Guid> SubmittedApplicationAsync()
    {
        // A.6: the officer uploads the akimat list that holds the demo tenant.
        var officer = await LoginAsync("ktk-officer");
        var tenantIin = DemoKeys.Party(Pki, "tenant").Iin;
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{tenantIin},Askarov Arman,+77011234567,budget\n");
        var upload = await FormPost.UploadAsync(officer, "/Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Astana akimat", ["ReceivedOn"] = "2026-11-24" }, "Upload", "list.csv", csv);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        // A.8–A.11: the tenant consents, fills in, attaches, invites, submits.
        var tenant = await LoginAsync("tenant");
        var consent = await ConsentClient.GiveAsync(tenant, form => Sign(form, "tenant"));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        async Task Post(string handler, Dictionary<string, string> f)
        {
            f["__RequestVerificationToken"] = await FormPost.TokenAsync(tenant, "/Tenant/Application");
            (await tenant.PostAsync($"/Tenant/Application?handler={handler}", new FormUrlEncodedContent(f))).EnsureSuccessStatusCode();
        }

        await Post("Save", new() { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2" });
        foreach (var kind in DocumentRules.RequiredFor(married: false, children: 0, previouslyMarried: false))
        {
            await FormPost.UploadAsync(tenant, "/Tenant/Application?handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document", "d.pdf", Pdf, tokenPage: "/Tenant/Application");
        }

        await Post("Invite", new() { ["GuarantorIin"] = DemoKeys.Party(Pki, "guarantor").Iin });
        await Post("Submit", []);
        return await _factory.WithDbAsync(db => db.Applications.Where(a => a.Status == ApplicationStatus.Submitted).Select(a => a.Id).SingleAsync());
    }

    [Fact]
    public async Task Guarantor_signs_the_submitted_application_once_and_the_officer_sees_it_in_the_queue()
    {
        var id = await SubmittedApplicationAsync();
        var guarantor = await LoginAsync("guarantor");
        Assert.Contains(id.ToString(), await guarantor.GetStringAsync("/Guarantor"));
        // A.12: the guarantor's consent, questionnaire and documents come first; the text signed holds them.
        await new ApplicationFlow(_factory, Pki).GuarantorPreparesAsync(guarantor, id, "guarantor");
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, DemoKeys.Party(Pki, "guarantor").Iin);

        // A signature over other bytes, or by someone else's key, is refused.
        var wrongBytes = await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign("other"u8.ToArray(), "guarantor") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongBytes.StatusCode);
        var wrongKey = await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign(text, "tenant") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongKey.StatusCode);
        var cms = Sign(text, "guarantor");
        var ok = await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        // Issue 17 §3: the same signature resent (its answer lost) gets the same answer; another one is a conflict.
        var resent = await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms });
        Assert.Equal(HttpStatusCode.NoContent, resent.StatusCode);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign(text, "guarantor") });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Refusal.Shown(await again.Content.ReadAsStringAsync(), "applications.refused.signed_already");

        // A.18: the consent and the guarantor's signature are on the ledger, receipts stored, no IIN in them.
        var receipts = await _factory.WithDbAsync(db => db.LedgerReceipts.OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ConsentGiven", "ConsentGiven", "ApplicationSigned"], receipts.Select(r => r.Kind)); // tenant's, guarantor's consent
        Assert.Equal([0L, 1L, 2L], receipts.Select(r => r.LeafIndex));
        // Issue 11: the guarantor's row links its receipt as every signature row does.
        Assert.Equal(receipts[2].Id, await _factory.WithDbAsync(db => db.GuarantorInvitations.Where(g => g.ApplicationId == id).Select(g => g.ReceiptId).SingleAsync()));
        foreach (var role in new[] { "tenant", "guarantor" })
        {
            Assert.All(receipts, r => Assert.DoesNotContain(DemoKeys.Party(Pki, role).Iin, r.ReceiptJson));
        }

        var officer = await LoginAsync("ktk-officer");
        var queue = await officer.GetStringAsync("/Officer/Review");
        Assert.Contains(DemoKeys.Party(Pki, "tenant").Iin, queue);
        Assert.Contains("2026-12-10", queue); // A.13: 25 Nov + 15 calendar days
        Assert.Contains("1 / 1", queue);
        Assert.Contains("380", queue);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
    }

    [Fact]
    public async Task Other_people_cannot_reach_the_application_with_its_id()
    {
        var id = await SubmittedApplicationAsync();
        var text = await _factory.WithDbAsync(async db => ApplicationText.Bytes(await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).SingleAsync(a => a.Id == id)));

        // The spouse, made a guarantor of nothing, tries the guarantor API with this id: not found.
        var spouseIin = DemoKeys.Party(Pki, "spouse").Iin;
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == spouseIin).ExecuteUpdateAsync(s => s.SetProperty(u => u.Roles, RentToOwn.Platform.Identity.PlatformRoles.Guarantor)));
        var stranger = await LoginAsync("spouse");
        var r = await stranger.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign(text, "spouse") });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.DoesNotContain(id.ToString(), await stranger.GetStringAsync("/Guarantor"));

        // The head is an officer too, but this application is in another officer's queue.
        var head = await LoginAsync("ktk-head");
        Assert.DoesNotContain(DemoKeys.Party(Pki, "tenant").Iin, await head.GetStringAsync("/Officer/Review"));
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        var headIin = DemoKeys.Party(Pki, "ktk-head").Iin;
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == headIin && !a.Allowed)));

        // The tenant's session has no guarantor or officer cabinet.
        var tenant = await LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign(text, "tenant") })).StatusCode);
    }

    private async Task<string> DecideAsync(HttpClient officer, Guid id, string handler, string? reasons = null)
    {
        var page = $"/Officer/Review/Details?id={id}";
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, page) };
        if (reasons is not null) fields["Reasons"] = reasons;
        var r = await officer.PostAsync($"/Officer/Review/Details?id={id}&handler={handler}", new FormUrlEncodedContent(fields));
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_refusal_reaches_the_tenant_only_after_KTK_heads_signature()
    {
        var id = await SubmittedApplicationAsync();
        var officer = await LoginAsync("ktk-officer");
        Refusal.Shown(await DecideAsync(officer, id, "Approve"), "applications.refused.guarantors_sign_first");
        Refusal.Shown(await DecideAsync(officer, id, "Refuse", " "), "applications.refused.refusal_needs_reasons");
        await DecideAsync(officer, id, "Refuse", "Income below the payment (A.15).");
        Assert.Equal(ApplicationStatus.RefusalPending, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));

        var tenant = await LoginAsync("tenant");
        Assert.DoesNotContain("Income below", await tenant.GetStringAsync("/Tenant/Application"));

        var refusal = await _factory.WithDbAsync(async db => RefusalText.Bytes(await db.Applications.SingleAsync(a => a.Id == id)));
        // Not the head: the officer has no head cabinet; the head's page with another's key is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/head/refusals/{id}/signature", new { cms = Sign(refusal, "ktk-officer") })).StatusCode);
        var head = await LoginAsync("ktk-head");
        Assert.Contains("Income below", await head.GetStringAsync("/Head"));
        var byOfficerKey = await head.PostAsJsonAsync($"/api/head/refusals/{id}/signature", new { cms = Sign(refusal, "ktk-officer") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byOfficerKey.StatusCode);
        var signed = await head.PostAsJsonAsync($"/api/head/refusals/{id}/signature", new { cms = Sign(refusal, "ktk-head") });
        Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);

        var html = await tenant.GetStringAsync("/Tenant/Application");
        Assert.Contains("id=\"refusal\"", html);
        Assert.Contains("Income below the payment (A.15).", html);
        Assert.Contains("RefusalSigned", await _factory.WithDbAsync(db => db.LedgerReceipts.Select(r => r.Kind).ToListAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
