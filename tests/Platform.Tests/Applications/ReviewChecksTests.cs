using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>A.14–A.15: the checks an officer sees before deciding, their sources, consent gate, audit and authorization.</summary>
public sealed class ReviewChecksTests : IDisposable
{
    private const string KtkBin = "040540000103";
    private readonly PlatformFactory _factory = new();
    private readonly List<string> _temp = [];

    private string Pki => _factory.PkiDirectory;

    private ApplicationFlow Flow => new(_factory, Pki);

    private string Iin(string role) => DemoKeys.Party(Pki, role).Iin;

    // The latest run (earlier runs are kept as history, A.15).
    private async Task<List<ReviewCheck>> ChecksAsync(Guid id) =>
        ReviewChecks.LatestRun(await _factory.WithDbAsync(db => db.ReviewChecks.Where(c => c.ApplicationId == id).ToListAsync())).ToList();

    private static ReviewCheck One(IEnumerable<ReviewCheck> checks, string subject, CheckKind kind) => checks.Single(c => c.SubjectRole == subject && c.Kind == kind);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient officer, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = $"/Officer/Review/Details?id={id}";
        fields ??= [];
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, "/Officer/RecipientLists");
        return await officer.PostAsync($"{page}&handler={handler}&lang=en", new FormUrlEncodedContent(fields));
    }

    private string SourcesFile => Path.Combine(_factory.DataDirectory, "review-sources.json");

    [Fact]
    public async Task Opening_the_application_runs_every_check_stores_and_shows_it_and_audits_each_read_under_consent()
    {
        var id = await Flow.SubmittedApplicationAsync();
        // A.12: the guarantor consented before signing; here that consent is no longer live (as after a withdrawal).
        var guarantorIin = Iin("guarantor");
        await _factory.WithDbAsync(db => db.Consents.Where(c => c.SubjectIin == guarantorIin).ExecuteUpdateAsync(u => u.SetProperty(c => c.RevokedAt, _factory.Time.GetUtcNow())));
        var officer = await Flow.LoginAsync("ktk-officer");
        var html = await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en");

        var checks = await ChecksAsync(id);
        // Tenant: every check; the guarantor: all but solvency and the questionnaire's cross-checks (the applicant's own).
        Assert.Equal(Enum.GetValues<CheckKind>().Length, checks.Count(c => c.SubjectRole == "tenant"));
        Assert.Equal(Enum.GetValues<CheckKind>().Length - 4, checks.Count(c => c.SubjectRole == "guarantor 1"));
        // A.15.1: the questionnaire says single, АХАЖ records the demo tenant's marriage: that check fails, naming the field.
        var marital = One(checks, "tenant", CheckKind.MaritalStatus);
        Assert.Equal((CheckOutcome.Failed, "marital.undeclared"), (marital.Outcome, marital.ReasonKey));
        Assert.Equal([Iin("spouse")], marital.Args);
        Assert.All(checks.Where(c => c.SubjectRole == "tenant" && c.Kind != CheckKind.MaritalStatus), c => Assert.Equal(CheckOutcome.Passed, c.Outcome));
        Assert.Equal(("employer.ok", "KazPost JSC"), (One(checks, "tenant", CheckKind.Employment).ReasonKey, One(checks, "tenant", CheckKind.Employment).Args[0]));
        Assert.Equal("eds.ok", One(checks, "tenant", CheckKind.EdsOwnership).ReasonKey);
        Assert.Equal("civil.ok", One(checks, "tenant", CheckKind.CivilStanding).ReasonKey); // ЖТ МДБ of the cadastre simulator
        var solvency = One(checks, "tenant", CheckKind.Solvency);
        Assert.Equal("50", solvency.Args[3]); // our assumption: payment ≤ 50 % of the declared income
        // A.14: a guarantor without a live consent is not counted (nothing of theirs is read): the tenant's 380 000 alone.
        Assert.Equal(("380 000.00", "0.00", "0.00"), (solvency.Args[1], solvency.Args[4], solvency.Args[5])); // income, obligations, expenses

        // The guarantor has no A.9 consent: nothing of theirs was read, each check says so.
        Assert.All(checks.Where(c => c.SubjectRole == "guarantor 1"), c => Assert.Equal((CheckOutcome.Unavailable, "reason.noconsent"), (c.Outcome, c.ReasonKey)));
        Assert.Contains("id=\"checks\"", html);
        Assert.Contains("Solvency", html);
        Assert.Contains("No live personal-data consent", html);
        Assert.Contains("1 failed, 6 unavailable", html);
        Assert.Contains("the questionnaire says not married, but АХАЖ records a marriage to", html);

        // Every read is audited, allowed or not.
        var officerIin = Iin("ktk-officer");
        var audit = await _factory.WithDbAsync(db => db.AuditLog.Where(a => a.Actor == officerIin && a.Action.StartsWith("check:")).ToListAsync());
        Assert.Equal(checks.Count + 1, audit.Count); // and the refused read of the guarantor's income for the solvency (A.14)
        Assert.All(audit.Where(a => a.SubjectIin == Iin("guarantor")), a => Assert.False(a.Allowed));
        Assert.All(audit.Where(a => a.SubjectIin == Iin("tenant")), a => Assert.True(a.Allowed));

        // Kazakh and Russian labels too.
        Assert.Contains("Төлем қабілеттілігі", await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=kk"));
        Assert.Contains("Платёжеспособность", await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=ru"));

        // The guarantor consents (A.9); the officer runs the checks again: now the guarantor's EDS and records pass.
        var guarantor = await Flow.LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, form => Flow.Sign(form, "guarantor"), "en")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(officer, id, "Recheck")).StatusCode);
        checks = await ChecksAsync(id);
        Assert.All(checks.Where(c => c.Kind != CheckKind.MaritalStatus), c => Assert.Equal(CheckOutcome.Passed, c.Outcome));
        Assert.Equal("eds.ok", One(checks, "guarantor 1", CheckKind.EdsOwnership).ReasonKey);

        // The queue shows the count of failed checks; nothing Unavailable is left, and the officer signs the approval (A.16).
        Assert.Contains("1 failed", await officer.GetStringAsync("/Officer/Review?lang=en"));
        Assert.Equal(0, await OfficerApproval.OverrideUnavailableAsync(officer, id));
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.ApproveAsync(officer, id, doc => Flow.Sign(doc, "ktk-officer"))).StatusCode);
        Assert.Equal(ApplicationStatus.Approved, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Failed_checks_are_shown_with_reasons_and_approving_needs_the_officer_to_confirm_reviewing_them()
    {
        var tenantIin = Iin("tenant");
        // The financing list comes from a cadastre-simulator seed with the tenant on it.
        var seed = JsonNode.Parse(typeof(Kadastr.Simulator.Seed.SeedLoader).Assembly
            .GetManifestResourceStream("RentToOwn.Kadastr.Simulator.Seed.default-seed.json")!)!;
        seed["sanctionsList"]!.AsArray().Add(tenantIin);
        var seedFile = Path.GetTempFileName();
        _temp.Add(seedFile);
        await File.WriteAllTextAsync(seedFile, seed.ToJsonString());
        _factory.Settings["ReviewChecks:StateRegistrySeedFile"] = seedFile;
        _factory.Settings["ReviewChecks:MaxPaymentShareOfIncome"] = "0.1";

        var id = await Flow.SubmittedApplicationAsync();
        await File.WriteAllTextAsync(SourcesFile, $$"""
            { "creditHistory": [ { "iin": "{{tenantIin}}", "currentOverdueDays": 45, "defaults": 0 } ],
              "litigation": [ { "iin": "{{tenantIin}}", "caseNumber": "7194-26-00-2/77", "role": "defendant", "subject": "loan debt", "open": true } ],
              "affiliates": [ { "iin": "{{tenantIin}}", "basis": "brother of a KTK board member" } ] }
            """);

        var officer = await Flow.LoginAsync("ktk-officer");
        var html = await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en");
        var checks = await ChecksAsync(id);
        Assert.Equal(("solvency.low", CheckOutcome.Failed), (One(checks, "tenant", CheckKind.Solvency).ReasonKey, One(checks, "tenant", CheckKind.Solvency).Outcome));
        Assert.Equal(["45", "30"], One(checks, "tenant", CheckKind.CreditHistory).Args);
        Assert.Equal(CheckOutcome.Failed, One(checks, "tenant", CheckKind.Litigation).Outcome);
        Assert.Equal(CheckOutcome.Failed, One(checks, "tenant", CheckKind.Affiliation).Outcome);
        Assert.Equal(CheckOutcome.Failed, One(checks, "tenant", CheckKind.FinancingList).Outcome);
        Assert.Equal(CheckOutcome.Passed, One(checks, "tenant", CheckKind.EdsOwnership).Outcome);
        Assert.Contains("id=\"checks-warning\"", html);
        Assert.Contains("above the 10 % limit", html);
        Assert.Contains("A payment is 45 days overdue (limit 30)", html);
        Assert.Contains("7194-26-00-2/77", html);
        Assert.Contains("brother of a KTK board member", html);
        Assert.Contains("On the list of persons linked to financing of terrorism and extremism", html);
        // With the A.15.1 cross-checks: АХАЖ records a marriage the questionnaire does not, and the replaced sources file
        // holds no pension-contribution record naming an employer.
        Assert.Equal(("marital.undeclared", "employer.none"), (One(checks, "tenant", CheckKind.MaritalStatus).ReasonKey, One(checks, "tenant", CheckKind.Employment).ReasonKey));
        Assert.Contains("7 failed", await officer.GetStringAsync("/Officer/Review?lang=en"));

        // The decision stays the officer's, but not blindly: approving needs the confirmation.
        await OfficerApproval.OverrideUnavailableAsync(officer, id); // the guarantor's checks (no consent)
        var refused = await PostAsync(officer, id, "Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("7 A.14–A.15 check(s) failed", await refused.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.Submitted, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
        var confirmed = await PostAsync(officer, id, "Approve", new() { ["failedChecksReviewed"] = "true" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var page = await confirmed.Content.ReadAsStringAsync();
        Assert.Contains($"/api/officer/applications/{id}/approval", page); // A.16: the signing widget over the approval text
        Assert.Contains("failed checks reviewed by the officer (A.15):\n- tenant: Solvency (solvency.low)", System.Net.WebUtility.HtmlDecode(page));
        Assert.Equal(ApplicationStatus.Submitted, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync())); // not before the signature
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.ApproveAsync(officer, id, doc => Flow.Sign(doc, "ktk-officer"))).StatusCode);
        Assert.Equal(ApplicationStatus.Approved, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_broken_source_makes_its_checks_unavailable_and_a_signature_by_another_person_fails_the_EDS_check()
    {
        var id = await Flow.SubmittedApplicationAsync();
        var guarantor = await Flow.LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, form => Flow.Sign(form, "guarantor"), "kk")).StatusCode);

        // The stored guarantor signature is swapped for the tenant's over the same text (as a forged record would be).
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, DemoKeys.Party(_factory.PkiDirectory, "guarantor").Iin);
        var forged = Convert.FromBase64String(Flow.Sign(text, "tenant"));
        await _factory.WithDbAsync(db => db.GuarantorInvitations.ExecuteUpdateAsync(s => s.SetProperty(g => g.SignatureCms, forged)));
        await File.WriteAllTextAsync(SourcesFile, "{ \"creditHistory\": [ oops");

        var officer = await Flow.LoginAsync("ktk-officer");
        var html = await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en");
        var checks = await ChecksAsync(id);
        foreach (var subject in new[] { "tenant", "guarantor 1" })
        {
            foreach (var kind in new[] { CheckKind.CreditHistory, CheckKind.Litigation, CheckKind.Affiliation })
            {
                var c = One(checks, subject, kind);
                Assert.Equal((CheckOutcome.Unavailable, "reason.source"), (c.Outcome, c.ReasonKey));
                Assert.Contains("review-sources.json is not valid JSON", c.Args[0]);
            }

            Assert.Equal(CheckOutcome.Passed, One(checks, subject, CheckKind.FinancingList).Outcome);
        }

        var eds = One(checks, "guarantor 1", CheckKind.EdsOwnership);
        Assert.Equal((CheckOutcome.Failed, "eds.failed"), (eds.Outcome, eds.ReasonKey));
        Assert.Contains("The source did not answer", html);
        Assert.Contains("the signature is not confirmed as this person", html);

        // A missing file is written again with the defaults on the next start only; deleted now, it is unavailable too.
        File.Delete(SourcesFile);
        await PostAsync(officer, id, "Recheck");
        Assert.Contains("cannot be read", One(await ChecksAsync(id), "tenant", CheckKind.CreditHistory).Args[0]);
    }

    [Fact]
    public async Task Another_officer_can_neither_see_nor_run_the_checks_of_an_application_outside_their_queue()
    {
        var id = await Flow.SubmittedApplicationAsync();
        const string otherOfficer = "750303400118";
        await _factory.AddUserAsync(otherOfficer, "Other Officer", PlatformRoles.Officer);
        var other = await _factory.SignedInClientAsync(otherOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "Recheck")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "Approve", new() { ["failedChecksReviewed"] = "true" })).StatusCode);
        Assert.Empty(await ChecksAsync(id));
        Assert.False(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == otherOfficer && a.Allowed)));

        // A tenant's session has no officer cabinet at all.
        var tenant = await Flow.LoginAsync("tenant");
        var denied = await tenant.GetAsync($"/Officer/Review/Details?id={id}");
        Assert.Equal(HttpStatusCode.Found, denied.StatusCode);
        Assert.StartsWith("/Forbidden", denied.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public void Every_text_exists_in_kazakh_russian_and_english()
    {
        var texts = RentToOwn.Platform.Localization.UiText.Shared;
        foreach (var kind in Enum.GetValues<CheckKind>()) Assert.NotEqual("check.kind." + kind, texts.Get("ru", "check.kind." + kind));
        foreach (var kind in Enum.GetValues<CheckKind>()) Assert.NotEqual("check.source." + kind, texts.Get("en", "check.source." + kind));
        foreach (var outcome in Enum.GetValues<CheckOutcome>()) Assert.NotEqual("check.outcome." + outcome, texts.Get("en", "check.outcome." + outcome));
    }

    public void Dispose()
    {
        _factory.Dispose();
        foreach (var f in _temp) File.Delete(f);
    }
}
