using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>A.6 → A.17 through the public pages and APIs, up to an approved application, for the contract tests.</summary>
internal sealed class ApplicationFlow(PlatformFactory factory, string pki)
{
    private const string KtkBin = "040540000103";
    private static readonly byte[] Pdf = "%PDF-1.7\n%%EOF"u8.ToArray();

    // Sign on the host's own clock: a host may run on a test clock (e.g. Quartz's UseTimeProvider in a real-clock host),
    // and a login signed on another clock is refused as not fresh once the two drift apart under load.
    // Read once: the flow may still sign after its host is disposed.
    private TimeProvider Clock => _clock ??= factory.Services.GetRequiredService<TimeProvider>();

    private TimeProvider? _clock;

    // The tenant's session from the application, reused to answer the flat offer (logins are rate limited).
    private HttpClient? _tenant;

    public async Task<HttpClient> LoginAsync(string role)
    {
        var options = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (factory is KestrelPlatform kestrel) options.BaseAddress = new Uri(kestrel.BaseUrl + "/");
        var client = factory.CreateClient(options);
        var c = await EdsClient.ChallengeAsync(client);
        var r = await EdsClient.AnswerAsync(client, c.Nonce, EdsClient.Sign(c, DemoKeys.Load(pki, role), Clock));
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"login failed: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return client;
    }

    public string Sign(byte[] data, string role, string purpose = "sign") =>
        Convert.ToBase64String(new CadesSigner(Clock).Sign(data, DemoKeys.Load(pki, role, purpose), CadesSignOptions.Detached));

    /// <summary>
    /// Officer imports the list, tenant consents, applies, invites the guarantor, submits; guarantor signs; officer approves;
    /// the tenant accepts the offered flat (A.17), so the contract is drafted — unless <paramref name="acceptFlat"/> is false.
    /// </summary>
    public async Task<Guid> ApprovedApplicationAsync(bool married = false, bool acceptFlat = true)
    {
        var id = await SubmittedApplicationAsync(married);
        if (married) await SpouseSignsAsync(id);
        var officer = await LoginAsync("ktk-officer");
        // A.15–A.16: Unavailable checks overridden with a reason, the approval signed with the officer's EDS.
        var approved = await OfficerApproval.ApproveAsync(officer, id, doc => Sign(doc, "ktk-officer"));
        Assert.True(approved.StatusCode == HttpStatusCode.NoContent, $"approval: {(int)approved.StatusCode} {await approved.Content.ReadAsStringAsync()}");
        Assert.Equal(ApplicationStatus.Approved, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        if (acceptFlat) await AcceptFlatAsync();
        return id;
    }

    /// <summary>A.17: the tenant accepts the flat offered to their approved application; returns the drafted lease's id.</summary>
    public async Task<Guid> AcceptFlatAsync()
    {
        var tenant = _tenant ??= await LoginAsync("tenant");
        var offer = await tenant.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/housing/offers/mine");
        var accepted = await tenant.PostAsync($"/api/housing/offers/{offer.GetProperty("offerId").GetGuid()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return (await accepted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("leaseId").GetGuid();
    }

    /// <summary>
    /// Officer imports the list, tenant consents, applies, invites the guarantor, submits; guarantor signs (awaiting the officer's
    /// decision). With <paramref name="organisationBin"/> the tenant invites that legal entity instead (A.2.9), and nobody signs yet;
    /// with <paramref name="monthlyIncome"/> the tenant declares that income.
    /// </summary>
    public async Task<Guid> SubmittedApplicationAsync(bool married = false, string? organisationBin = null, string monthlyIncome = "380000")
    {
        var officer = await LoginAsync("ktk-officer");
        var tenantIin = DemoKeys.Party(pki, "tenant").Iin;
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{tenantIin},Askarov Arman,+77011234567,budget\n");
        var upload = await FormPost.UploadAsync(officer, "/Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Astana akimat", ["ReceivedOn"] = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd") }, "Upload", "list.csv", csv);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var tenant = _tenant = await LoginAsync("tenant");
        var consent = await ConsentClient.GiveAsync(tenant, form => Sign(form, "tenant"));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        async Task Post(string handler, Dictionary<string, string> f)
        {
            f["__RequestVerificationToken"] = await FormPost.TokenAsync(tenant, "/Tenant/Application");
            (await tenant.PostAsync($"/Tenant/Application?handler={handler}", new FormUrlEncodedContent(f))).EnsureSuccessStatusCode();
        }

        var questionnaire = new Dictionary<string, string> { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = monthlyIncome, ["FamilyMembers"] = "2" };
        if (married)
        {
            questionnaire["Married"] = "true";
            questionnaire["SpouseIin"] = DemoKeys.Party(pki, "spouse").Iin;
        }

        await Post("Save", questionnaire);
        foreach (var kind in DocumentRules.RequiredFor(married, children: 0, previouslyMarried: false))
        {
            await FormPost.UploadAsync(tenant, "/Tenant/Application?handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document", "d.pdf", Pdf, tokenPage: "/Tenant/Application");
        }

        if (organisationBin is not null) await Post("InviteOrganisation", new() { ["GuarantorBin"] = organisationBin });
        else await Post("Invite", new() { ["GuarantorIin"] = DemoKeys.Party(pki, "guarantor").Iin });
        await Post("Submit", []);
        var id = await factory.WithDbAsync(db => db.Applications.Where(a => a.Status == ApplicationStatus.Submitted).Select(a => a.Id).SingleAsync());
        if (organisationBin is not null) return id;

        var guarantor = await LoginAsync("guarantor");
        await GuarantorPreparesAsync(guarantor, id, "guarantor");
        var text = await GuarantorTextAsync(factory, id, DemoKeys.Party(pki, "guarantor").Iin);
        Assert.Equal(HttpStatusCode.NoContent, (await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Sign(text, "guarantor") })).StatusCode);
        return id;
    }

    /// <summary>
    /// A.12 → A.8–A.10: the logged-in guarantor gives consent (signed with <paramref name="role"/>'s key), the questionnaire and
    /// the documents their kind of guarantor gives (a person's, or a legal entity's when <paramref name="organisation"/>).
    /// </summary>
    public async Task GuarantorPreparesAsync(HttpClient guarantor, Guid id, string role, bool organisation = false, string income = "450000",
        string obligations = "50000", bool consent = true)
    {
        if (consent) Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, form => Sign(form, role))).StatusCode);
        var page = $"/Guarantor/Questionnaire?id={id}";
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormPost.TokenAsync(guarantor, page),
            ["Employer"] = organisation ? "LLP KazPost Service" : "Air Astana", ["Position"] = "Engineer",
            ["MonthlyIncome"] = income, ["MonthlyObligations"] = obligations,
        };
        var saved = await guarantor.PostAsync($"{page}&handler=Save", new FormUrlEncodedContent(fields));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        foreach (var kind in organisation
                     ? new[] { GuarantorDocumentKind.RegistrationCertificate, GuarantorDocumentKind.FinancialStatement }
                     : [GuarantorDocumentKind.EmploymentCertificate, GuarantorDocumentKind.SalaryCertificate])
        {
            var up = await FormPost.UploadAsync(guarantor, $"{page}&handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document",
                $"scan-{(int)kind}.pdf", Pdf, tokenPage: page);
            Assert.True(up.StatusCode == HttpStatusCode.OK, await up.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A.12: the text the guarantor acting as <paramref name="actingIin"/> (a person, or the head of an invited BIN) signs.</summary>
    public static Task<byte[]> GuarantorTextAsync(PlatformFactory factory, Guid id, string actingIin) =>
        factory.WithDbAsync(async db =>
        {
            var app = await db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).Include(a => a.Documents).AsSplitQuery().SingleAsync(a => a.Id == id);
            return GuarantorText.Bytes(app, app.Guarantors.Single(g => g.GuarantorIin == actingIin));
        });

    /// <summary>The demo spouse signs the submitted application in the spouse cabinet's API.</summary>
    public async Task SpouseSignsAsync(Guid id)
    {
        var text = await factory.WithDbAsync(async db => ApplicationText.Bytes(await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).SingleAsync(a => a.Id == id)));
        var spouse = await LoginAsync("spouse");
        Assert.Equal(HttpStatusCode.NoContent, (await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = Sign(text, "spouse") })).StatusCode);
    }
}
