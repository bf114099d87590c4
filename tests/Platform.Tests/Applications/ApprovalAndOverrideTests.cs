using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Verification;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>
/// A.16: the approval is signed with the deciding KTK officer's EDS and recorded on the ledger through the one signing pipeline;
/// A.15: an Unavailable check blocks the approval until the checks run again or the officer overrides it with a stated reason
/// (audited, part of what the approval signs).
/// </summary>
public sealed class ApprovalAndOverrideTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private ApplicationFlow Flow => new(_factory, _factory.PkiDirectory);

    private string Iin(string role) => DemoKeys.Party(_factory.PkiDirectory, role).Iin;

    private Task<TenantApplication> AppAsync(Guid id) => _factory.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    private static async Task<HttpResponseMessage> PagePostAsync(HttpClient officer, Guid id, string handler, Dictionary<string, string> fields)
    {
        var page = $"/Officer/Review/Details?id={id}";
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, page);
        return await officer.PostAsync($"{page}&handler={handler}&lang=en", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A15_an_unavailable_check_blocks_the_approval_until_overridden_with_a_reason_which_is_audited_and_signed()
    {
        var id = await Flow.SubmittedApplicationAsync();
        // The guarantor signed, then withdrew the A.9 consent: nothing of theirs may be read any more.
        Assert.Equal(1, await ConsentClient.WithdrawAllAsync(await Flow.LoginAsync("guarantor"), form => Flow.Sign(form, "guarantor")));
        var officer = await Flow.LoginAsync("ktk-officer");
        var html = await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en"); // the checks run
        Assert.Contains("id=\"unavailable-warning\"", html);

        // The guarantor's consent is withdrawn: six checks Unavailable; the approval is refused with the way out, nothing changes.
        var (blocked, _) = await OfficerApproval.DocumentAsync(officer, id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Refusal.Shown(await blocked.Content.ReadAsStringAsync(), "applications.refused.checks_unavailable", 6);
        var page = await PagePostAsync(officer, id, "Approve", new() { ["failedChecksReviewed"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.DoesNotContain("data-submit-url", await page.Content.ReadAsStringAsync());

        // Bad override input: no reason, a check that is not Unavailable, an unknown check — each refused, nothing stored.
        var unavailable = await _factory.WithDbAsync(db => db.ReviewChecks.Where(c => c.ApplicationId == id && c.Outcome == CheckOutcome.Unavailable).ToListAsync());
        var passed = await _factory.WithDbAsync(db => db.ReviewChecks.FirstAsync(c => c.ApplicationId == id && c.Outcome == CheckOutcome.Passed));
        var noReason = await PagePostAsync(officer, id, "Override", new() { ["CheckId"] = unavailable[0].Id.ToString(), ["OverrideReason"] = "   " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Refusal.Shown(await noReason.Content.ReadAsStringAsync(), "applications.refused.override_reason_needed");
        Refusal.Shown(await (await PagePostAsync(officer, id, "Override", new() { ["CheckId"] = passed.Id.ToString(), ["OverrideReason"] = "x" })).Content.ReadAsStringAsync(),
            "applications.refused.check_not_unavailable");
        Refusal.Shown(await (await PagePostAsync(officer, id, "Override", new() { ["CheckId"] = Guid.NewGuid().ToString(), ["OverrideReason"] = "x" })).Content.ReadAsStringAsync(),
            "applications.refused.check_not_latest");
        Refusal.Shown(await (await PagePostAsync(officer, id, "Override",
            new() { ["CheckId"] = unavailable[0].Id.ToString(), ["OverrideReason"] = new string('a', 1001) })).Content.ReadAsStringAsync(), "applications.refused.reason_too_long", "1000");
        Assert.False(await _factory.WithDbAsync(db => db.ReviewChecks.AnyAsync(c => c.OverriddenAt != null)));

        // Overridden with a reason: audited per check, shown, and named in the approval text the officer signs.
        Assert.Equal(6, await OfficerApproval.OverrideUnavailableAsync(officer, id, "Credit bureau down; certificate No. 17 checked on paper."));
        var officerIin = Iin("ktk-officer");
        var audit = await _factory.WithDbAsync(db => db.AuditLog.Where(a => a.Actor == officerIin && a.Action.StartsWith("override:check:")).ToListAsync());
        Assert.Equal(6, audit.Count);
        Assert.All(audit, a => Assert.Equal(Iin("guarantor"), a.SubjectIin));
        Assert.Contains("Overridden by the officer: Credit bureau down; certificate No. 17 checked on paper.", await officer.GetStringAsync($"/Officer/Review/Details?id={id}&lang=en"));
        Assert.Equal(HttpStatusCode.Conflict, (await PagePostAsync(officer, id, "Override", new() { ["CheckId"] = unavailable[0].Id.ToString(), ["OverrideReason"] = "again" })).StatusCode);
        // Issue 17 §3: the same override resent (its answer lost) gets the first answer, and changes and audits nothing more.
        var resent = await PagePostAsync(officer, id, "Override", new() { ["CheckId"] = unavailable[0].Id.ToString(), ["OverrideReason"] = "Credit bureau down;  certificate No. 17 checked on paper." });
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(6, await _factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Actor == officerIin && a.Action.StartsWith("override:check:"))));
        var (ok, document) = await OfficerApproval.DocumentAsync(officer, id);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var text = Encoding.UTF8.GetString(document!);
        Assert.Contains("unavailable checks overridden by the officer (A.15):", text);
        Assert.Contains("- guarantor 1: CreditHistory (reason.noconsent), ", text);
        Assert.Contains(": Credit bureau down; certificate No. 17 checked on paper.", text);

        // A new run replaces the overrides (fresh results count): blocked again until overridden again or the source answers.
        Assert.Equal(HttpStatusCode.OK, (await PagePostAsync(officer, id, "Recheck", [])).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await OfficerApproval.DocumentAsync(officer, id)).Response.StatusCode);
        var guarantor = await Flow.LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, form => Flow.Sign(form, "guarantor"), "en")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PagePostAsync(officer, id, "Recheck", [])).StatusCode);
        var (nowOk, plain) = await OfficerApproval.DocumentAsync(officer, id);
        Assert.Equal(HttpStatusCode.OK, nowOk.StatusCode);
        Assert.DoesNotContain("overridden", Encoding.UTF8.GetString(plain!));
    }

    [Fact]
    public async Task A16_the_approval_is_signed_with_the_officers_EDS_recorded_on_the_ledger_once_and_visible_on_the_verifier()
    {
        var id = await Flow.SubmittedApplicationAsync();
        var officer = await Flow.LoginAsync("ktk-officer");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        await OfficerApproval.OverrideUnavailableAsync(officer, id);

        // The failed check (A.15.1 marital status) needs the officer's confirmation before the text is given to sign.
        var (unconfirmed, _) = await OfficerApproval.DocumentAsync(officer, id, failedChecksReviewed: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        var (_, document) = await OfficerApproval.DocumentAsync(officer, id);
        var text = Encoding.UTF8.GetString(document!);
        Assert.StartsWith("KTK approval / ҚТК мақұлдауы / Одобрение КЖК (A.16–A.17)\n", text);
        Assert.Contains($"application: {id}\ndecision: approved\n", text);
        Assert.Contains("- tenant: MaritalStatus (marital.undeclared)", text);
        foreach (var role in new[] { "tenant", "spouse", "guarantor", "ktk-officer" }) Assert.DoesNotContain(Iin(role), text); // no IIN in what goes on the ledger

        // Without a valid signature of the officer deciding, nothing is approved: empty, not base64, other bytes, another person's key.
        var empty = await OfficerApproval.SignAsync(officer, id, "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Refusal.Shown(await empty.Content.ReadAsStringAsync(), "applications.refused.approval_needs_signature");
        Assert.Equal(HttpStatusCode.BadRequest, (await OfficerApproval.SignAsync(officer, id, "%%%")).StatusCode);
        var otherBytes = await OfficerApproval.SignAsync(officer, id, Flow.Sign("approved"u8.ToArray(), "ktk-officer"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBytes.StatusCode);
        var notAccepted = await otherBytes.Content.ReadAsStringAsync();
        Refusal.Shown(notAccepted, "signing.refused.not_accepted");
        Refusal.Mentions(notAccepted, "signing.name.approval");
        foreach (var stranger in new[] { "tenant", "ktk-head" })
        {
            var r = await OfficerApproval.SignAsync(officer, id, Flow.Sign(document!, stranger));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        }

        Assert.Equal(ApplicationStatus.Submitted, (await AppAsync(id)).Status);
        Assert.Empty(await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "ApprovalSigned").ToListAsync()));

        // Another officer, and the tenant, cannot approve it.
        const string otherOfficer = "750303400118";
        await _factory.AddUserAsync(otherOfficer, "Other Officer", PlatformRoles.Officer);
        var other = await _factory.SignedInClientAsync(otherOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/officer/applications/{id}/approval")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await OfficerApproval.SignAsync(other, id, Flow.Sign(document!, "ktk-officer"))).StatusCode);
        var tenant = await Flow.LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.Forbidden, (await OfficerApproval.SignAsync(tenant, id, Flow.Sign(document!, "tenant"))).StatusCode);

        // The officer's own EDS: approved, one ApprovalSigned record without IINs, the receipt kept.
        var cms = Flow.Sign(document!, "ktk-officer");
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.SignAsync(officer, id, cms)).StatusCode);
        // Issue 17 §3: the same signature resent gets the same answer and no second record; another one is a conflict.
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.SignAsync(officer, id, cms)).StatusCode);
        var recorded = Assert.Single(await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "ApprovalSigned").ToListAsync()));
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await OfficerApproval.SignAsync(officer, id, Flow.Sign(document!, "ktk-officer"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Refusal.Shown(await again.Content.ReadAsStringAsync(), "applications.refused.approval_signed");
        var app = await AppAsync(id);
        Assert.Equal(ApplicationStatus.Approved, app.Status);
        Assert.Equal(Convert.FromBase64String(cms), app.ApprovalSignatureCms);
        Assert.Equal(recorded.Id, app.ApprovalReceiptId); // issue 11: linked as every signature row
        Assert.Equal(Iin("ktk-officer"), app.DecidedByIin);
        Assert.NotNull(app.ApprovalSignedAt);
        var receipt = Assert.Single(await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "ApprovalSigned").ToListAsync()));
        Assert.Equal(RentToOwn.Platform.Signing.LedgerSubject.Application(id).Id, receipt.SubjectId);
        foreach (var role in new[] { "tenant", "guarantor", "ktk-officer" }) Assert.DoesNotContain(Iin(role), receipt.ReceiptJson);

        // Whoever holds the approval text gets its ledger record from the public verifier (the offline bundle, by the text's
        // SHA-256) and sees it verified there: an ApprovalSigned record of a KTK officer, matching the text.
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document!));
        var anonymous = _factory.CreateClient();
        var bundle = await anonymous.GetStringAsync($"/api/verify/bundle/{receipt.LeafIndex}?document={sha}");
        var (response, report, body) = await VerifierClient.PostAsync(anonymous, VerifierClient.Form(bundle: Encoding.UTF8.GetBytes(bundle)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.Bundle!.Valid, report.Bundle.Reason);
        Assert.Equal(("ApprovalSigned", "ktk-officer", sha), (report.Bundle.Kind, report.Bundle.Role, report.Bundle.DocumentSha256));
        Assert.DoesNotContain(Iin("tenant"), body);
        Assert.Equal("Application approval signed by a KTK officer", RentToOwn.Platform.Localization.UiText.Shared.Get("en", "verify.kind.ApprovalSigned"));

        // The tenant's page lists the approval's ledger receipt.
        Assert.Contains("data-kind=\"ApprovalSigned\"", await tenant.GetStringAsync("/Tenant/Application?lang=en"));
    }

    [Fact]
    public async Task A16_the_review_page_shows_the_approval_text_and_the_EDS_widget_only_after_the_officer_chose_to_approve()
    {
        var id = await Flow.SubmittedApplicationAsync();
        var officer = await Flow.LoginAsync("ktk-officer");
        await officer.GetStringAsync($"/Officer/Review/Details?id={id}");
        await OfficerApproval.OverrideUnavailableAsync(officer, id);
        Assert.DoesNotContain("data-submit-url", await officer.GetStringAsync($"/Officer/Review/Details?id={id}"));

        var r = await PagePostAsync(officer, id, "Approve", new() { ["failedChecksReviewed"] = "true" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains($"data-submit-url=\"/api/officer/applications/{id}/approval\"", html);
        Assert.Contains("id=\"sign-ncalayer\"", html); // NCALayer, .p12 and the eGov mobile QR: the one widget
        Assert.Contains("id=\"sign-p12\"", html);
        var (_, document) = await OfficerApproval.DocumentAsync(officer, id);
        Assert.Contains($"data-document=\"{Convert.ToBase64String(document!)}\"", html);
        Assert.Equal(ApplicationStatus.Submitted, (await AppAsync(id)).Status);
    }

    [Fact]
    public async Task A16_approval_is_refused_after_the_tenant_withdrew_the_consent()
    {
        var id = await Flow.SubmittedApplicationAsync();
        var officer = await Flow.LoginAsync("ktk-officer");
        await officer.GetStringAsync($"/Officer/Review/Details?id={id}");
        await OfficerApproval.OverrideUnavailableAsync(officer, id);
        var (_, document) = await OfficerApproval.DocumentAsync(officer, id);
        var tenantIin = Iin("tenant");
        await _factory.WithDbAsync(db => db.Consents.Where(c => c.SubjectIin == tenantIin).ExecuteUpdateAsync(s => s.SetProperty(c => c.ValidUntil, _factory.Time.GetUtcNow().AddDays(-1))));

        Assert.Equal(HttpStatusCode.NotFound, (await OfficerApproval.SignAsync(officer, id, Flow.Sign(document!, "ktk-officer"))).StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await AppAsync(id)).Status);
    }
}
