using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>
/// The application rules on the real app (fake clock: 25 Nov 2026). A.7: the recipient submits within 15 calendar days
/// of the SMS; after the window the submission is refused with the day it closed and the officer sees who missed it.
/// A.10: the conditional documents. A.2.9: a guarantor's age over the whole term. A.11: the officer asks for a guarantor.
/// A.15: re-running the checks keeps the earlier results.
/// </summary>
public sealed class ApplicationRuleTests : IDisposable
{
    private const string Page = "/Tenant/Application";
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private string TenantIin => DemoKeys.Party(_factory.PkiDirectory, "tenant").Iin;

    private async Task<Guid> ListAsync(params (string Iin, DateOnly Deadline)[] entries)
    {
        var officer = DemoKeys.Party(_factory.PkiDirectory, "ktk-officer").Iin;
        var list = new RecipientList
        {
            Id = Guid.NewGuid(), Source = "Astana akimat", ReceivedOn = new DateOnly(2026, 11, 5), UploadDeadline = new DateOnly(2026, 11, 9),
            ImportedAt = _factory.Time.GetUtcNow(), ImportedByIin = officer, FileName = "list.csv", FileSha256 = new string('0', 64),
        };
        var line = 2;
        foreach (var (iin, deadline) in entries)
        {
            var account = await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == iin).Select(u => (Guid?)u.Id).SingleOrDefaultAsync())
                          ?? (await _factory.AddUserAsync(iin, "Recipient " + line, PlatformRoles.Tenant)).Id;
            list.Entries.Add(new RecipientListEntry
            {
                Id = Guid.NewGuid(), LineNumber = line++, Iin = iin, FullName = "Recipient " + line, Phone = "+77011234567", Category = "budget",
                AccountId = account, ApplicationDeadline = deadline,
            });
        }

        await _factory.WithDbAsync(db =>
        {
            db.RecipientLists.Add(list);
            return db.SaveChangesAsync();
        });
        return list.Id;
    }

    private async Task<HttpClient> ReadyTenantAsync(bool documents = true)
    {
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == TenantIin).ExecuteUpdateAsync(s => s.SetProperty(u => u.Roles, PlatformRoles.Tenant)));
        var client = await EdsClient.LoggedInAsync(_factory, DemoKeys.Load(_factory.PkiDirectory, "tenant"));
        var key = DemoKeys.Load(_factory.PkiDirectory, "tenant", "sign");
        var consent = await ConsentClient.GiveAsync(client, form => Convert.ToBase64String(new CadesSigner(_factory.Time).Sign(form, key, CadesSignOptions.Detached)));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        await PostAsync(client, "Save", new() { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2" });
        foreach (var kind in documents ? DocumentRules.RequiredFor(married: false, children: 0, previouslyMarried: false) : [])
        {
            await UploadAsync(client, kind);
        }

        return client;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, DocumentKind kind) =>
        FormPost.UploadAsync(client, $"{Page}?handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document", $"{kind}.pdf", Pdf, tokenPage: Page);

    private ApplicationFlow Flow => new(_factory, _factory.PkiDirectory);

    private static async Task<HttpResponseMessage> OfficerPostAsync(HttpClient officer, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, "/Officer/RecipientLists");
        return await officer.PostAsync($"/Officer/Review/Details?id={id}&handler={handler}&lang=en", new FormUrlEncodedContent(fields));
    }

    /// <summary>A submitted application without a guarantor in the demo officer's queue.</summary>
    private async Task<(Guid Id, HttpClient Tenant, HttpClient Officer)> SubmittedAsync()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 12, 10)));
        var tenant = await ReadyTenantAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(tenant, "Submit", [])).StatusCode);
        var id = await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.Id).SingleAsync());
        return (id, tenant, await Flow.LoginAsync("ktk-officer"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(client, Page);
        return await client.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Task<ApplicationStatus> StatusAsync() => _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.Status).SingleAsync());

    [Fact]
    public async Task A7_submission_after_the_window_is_refused_with_the_closing_date()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 24))); // the SMS went on 9 Nov: the last day was yesterday
        var client = await ReadyTenantAsync();

        var r = await PostAsync(client, "Submit", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "applications.refused.window_closed", new DateOnly(2026, 11, 24));
        Assert.Equal(ApplicationStatus.Draft, await StatusAsync());
        Assert.Null(await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.SubmittedAt).SingleAsync()));
    }

    [Fact]
    public async Task A7_submission_on_the_last_day_of_the_window_is_accepted()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 25)));
        var client = await ReadyTenantAsync();

        var r = await PostAsync(client, "Submit", []);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync());
    }

    [Fact]
    public async Task A7_the_latest_list_naming_the_recipient_sets_the_window()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 10)));
        await ListAsync((TenantIin, new DateOnly(2026, 12, 7))); // named again on a later list: a new SMS, a new window
        var client = await ReadyTenantAsync();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "Submit", [])).StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync());
    }

    [Fact]
    public async Task A7_the_officer_sees_who_missed_the_window_who_submitted_and_whose_window_is_open()
    {
        var id = await ListAsync((TestIins.Recipient1, new DateOnly(2026, 11, 24)), (TestIins.Recipient2, new DateOnly(2026, 11, 24)), (TenantIin, new DateOnly(2026, 12, 10)));
        await _factory.WithDbAsync(db =>
        {
            db.Applications.Add(new TenantApplication { Id = Guid.NewGuid(), TenantIin = TestIins.Recipient2, Status = ApplicationStatus.Submitted, CreatedAt = _factory.Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        var officer = await _factory.SignedInClientAsync(DemoKeys.Party(_factory.PkiDirectory, "ktk-officer").Iin);

        var html = await officer.GetStringAsync($"/Officer/RecipientLists/Details?id={id}&lang=en");

        Assert.Equal(["missed", "submitted", "open"], System.Text.RegularExpressions.Regex.Matches(html, "class=\"a7-state\" data-state=\"(\\w+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("Missed the window (A.7)", html);
    }

    [Fact]
    public async Task A2_9_a_guarantor_who_retires_before_the_term_ends_is_refused_though_eligible_today()
    {
        var client = await ReadyTenantAsync();
        var fifty = TestIins.Make("760315", '3', 4242); // a man of 50: retires at 63 on 15 Mar 2039, the 240-month term ends on 25 Nov 2046

        var r = await PostAsync(client, "Invite", new() { ["GuarantorIin"] = fifty });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("A.2.9: guarantor reaches retirement age 63 on 2039-03-15, before obligations end 2046-11-25", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.GuarantorInvitations.CountAsync()));
    }

    [Fact]
    public async Task A10_conditional_documents_are_required_when_they_apply()
    {
        var client = await ReadyTenantAsync(documents: false);
        await PostAsync(client, "Save", new()
        {
            ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "3", ["Children"] = "2", ["PreviouslyMarried"] = "true",
        });
        foreach (var kind in TenantApplications.RequiredDocuments) await UploadAsync(client, kind);

        var refused = await PostAsync(client, "Submit", []);

        // Single: the notarised no-marriage statement; children: their birth certificates; an earlier marriage: its divorce or death certificate.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var kk = new RentToOwn.Platform.Localization.UiText(); // the page's language; documents by their human names
        Assert.Contains($"{kk.Get("kk", "docs.attach")} (A.10): {kk.Get("kk", "doc.NoMarriageStatement")}, {kk.Get("kk", "doc.ChildBirthCertificate")}, {kk.Get("kk", "doc.DivorceOrDeathCertificate")}.",
            await refused.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.Draft, await StatusAsync());
        foreach (var kind in new[] { DocumentKind.NoMarriageStatement, DocumentKind.ChildBirthCertificate, DocumentKind.DivorceOrDeathCertificate }) await UploadAsync(client, kind);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "Submit", [])).StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync());
    }

    [Fact]
    public void A10_a_married_applicant_needs_the_marriage_certificate_and_no_statement()
    {
        Assert.Equal([.. TenantApplications.RequiredDocuments, DocumentKind.MaritalStatusCertificate], DocumentRules.RequiredFor(married: true, children: 0, previouslyMarried: false));
        Assert.Equal([.. TenantApplications.RequiredDocuments, DocumentKind.NoMarriageStatement], DocumentRules.RequiredFor(married: false, children: 0, previouslyMarried: false));
    }

    [Fact]
    public async Task A10_more_children_than_the_family_holds_is_refused()
    {
        var client = await ReadyTenantAsync(documents: false);

        var r = await PostAsync(client, "Save", new() { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2", ["Children"] = "2" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "applications.refused.children_exceed_family", 2, 2);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.Children).SingleAsync()));
    }

    [Fact]
    public async Task A11_the_officer_asks_for_a_guarantor_the_tenant_invites_one_after_submission_and_the_review_resumes()
    {
        var (id, tenant, officer) = await SubmittedAsync();
        var guarantorIin = DemoKeys.Party(_factory.PkiDirectory, "guarantor").Iin;
        Refusal.Shown(await (await PostAsync(tenant, "Invite", new() { ["GuarantorIin"] = guarantorIin })).Content.ReadAsStringAsync(), "applications.refused.submitted_no_guarantors");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode); // the checks run

        var noReason = await OfficerPostAsync(officer, id, "RequestGuarantor", new() { ["GuarantorReason"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Refusal.Shown(await noReason.Content.ReadAsStringAsync(), "applications.refused.guarantor_reason_needed");
        Assert.Equal(HttpStatusCode.OK, (await OfficerPostAsync(officer, id, "RequestGuarantor", new() { ["GuarantorReason"] = "The payment is 70 % of the income." })).StatusCode);
        var page = await tenant.GetStringAsync($"{Page}?lang=en");
        Assert.Contains("KTK asked for a guarantor (A.11)", page);
        Assert.Contains("The payment is 70 % of the income.", page);
        await OfficerApproval.OverrideUnavailableAsync(officer, id); // A.15: nothing else holds the approval back
        var waiting = await OfficerPostAsync(officer, id, "Approve", new() { ["failedChecksReviewed"] = "true" });
        Refusal.Shown(await waiting.Content.ReadAsStringAsync(), "applications.refused.guarantor_requested");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(tenant, "Invite", new() { ["GuarantorIin"] = guarantorIin })).StatusCode);
        Refusal.Shown(await (await OfficerPostAsync(officer, id, "Approve", new() { ["failedChecksReviewed"] = "true" })).Content.ReadAsStringAsync(), "applications.refused.guarantors_sign_first");
        var guarantor = await Flow.LoginAsync("guarantor");
        await Flow.GuarantorPreparesAsync(guarantor, id, "guarantor"); // A.12: consent, questionnaire, documents
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, guarantorIin);
        _factory.Time.Advance(TimeSpan.FromMinutes(5)); // the guarantor signs after the last run of the checks
        Assert.Equal(HttpStatusCode.NoContent, (await guarantor.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Flow.Sign(text, "guarantor") })).StatusCode);

        // The review resumes: the checks run again for the guarantor too, and the officer approves.
        Assert.Contains("data-subject=\"guarantor 1\"", await officer.GetStringAsync($"/Officer/Review/Details?id={id}"));
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.ApproveAsync(officer, id, doc => Flow.Sign(doc, "ktk-officer"))).StatusCode);
        Assert.Equal(ApplicationStatus.Approved, await StatusAsync());
    }

    [Fact]
    public async Task A15_obligations_and_expenses_are_saved_and_bad_amounts_refused_with_the_field_named()
    {
        var client = await ReadyTenantAsync(documents: false);
        Dictionary<string, string> Form(string obligations, string expenses) => new()
        {
            ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2",
            ["MonthlyObligations"] = obligations, ["MonthlyExpenses"] = expenses,
        };

        var negative = await PostAsync(client, "Save", Form("-5", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        Refusal.Shown(await negative.Content.ReadAsStringAsync(), "applications.refused.obligations_range");
        var huge = await PostAsync(client, "Save", Form("0", "100000000.01"));
        Refusal.Shown(await huge.Content.ReadAsStringAsync(), "applications.refused.expenses_range");
        var text = await PostAsync(client, "Save", Form("0", "lots"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, text.StatusCode);
        Refusal.Shown(await text.Content.ReadAsStringAsync(), "applications.refused.not_number", new Outcome.Texts([new("applications.refused.field.expenses")]));
        Assert.Equal((0L, 0L), await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin)
            .Select(a => ValueTuple.Create(a.MonthlyObligationsTiyn, a.MonthlyExpensesTiyn)).SingleAsync()));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "Save", Form("20000.50", "150000"))).StatusCode);
        Assert.Equal((2_000_050L, 15_000_000L), await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin)
            .Select(a => ValueTuple.Create(a.MonthlyObligationsTiyn, a.MonthlyExpensesTiyn)).SingleAsync()));
    }

    [Fact]
    public async Task Seed003_the_affordability_share_is_shown_to_the_tenant_and_the_officer_as_information_only()
    {
        var (id, tenant, officer) = await SubmittedAsync();
        // KTK's offer (3.1 %, 240 months, 15 000 000 ₸): about 84 000 ₸ a month and the property tax, against 380 000 ₸: above 20 %.
        var page = await tenant.GetStringAsync($"{Page}?lang=en");
        var share = System.Text.RegularExpressions.Regex.Match(page, "id=\"affordability-share\" data-share=\"([0-9.]+)\" data-above=\"([a-z]+)\"");
        Assert.True(share.Success);
        Assert.InRange(decimal.Parse(share.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 20.1m, 25m);
        Assert.Equal("true", share.Groups[2].Value);
        Assert.Contains("the family may ask the akimat for housing assistance", page);
        Assert.Contains("3.1 % a year, 240 months", page);
        Assert.Contains("тұрғын үй көмегін", await tenant.GetStringAsync($"{Page}?lang=kk"));
        Assert.Contains("жилищной помощью", await tenant.GetStringAsync($"{Page}?lang=ru"));
        var review = await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en");
        Assert.Contains($"data-share=\"{share.Groups[1].Value}\"", review);
        // Information, not a rule: no check is failed by it (solvency stays within its own 50 % rule).
        var solvency = await _factory.WithDbAsync(db => db.ReviewChecks.SingleAsync(c => c.ApplicationId == id && c.Kind == RentToOwn.Platform.Applications.Checks.CheckKind.Solvency));
        Assert.Equal(RentToOwn.Platform.Applications.Checks.CheckOutcome.Passed, solvency.Outcome);
    }

    [Fact]
    public async Task A15_running_the_checks_again_keeps_the_earlier_results()
    {
        var (id, _, officer) = await SubmittedAsync();
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        var first = await _factory.WithDbAsync(db => db.ReviewChecks.CountAsync(c => c.ApplicationId == id));

        var again = await OfficerPostAsync(officer, id, "Recheck");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var rows = await _factory.WithDbAsync(db => db.ReviewChecks.Where(c => c.ApplicationId == id).ToListAsync());
        Assert.Equal(2 * first, rows.Count); // the first run is kept
        Assert.Equal(first, RentToOwn.Platform.Applications.Checks.ReviewChecks.LatestRun(rows).Count());
        Assert.Equal(2, rows.Select(r => r.CheckedAt).Distinct().Count());
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("id=\"checks-history\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"check-run\""));
    }
}
