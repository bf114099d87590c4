using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>
/// Issue 16 §2: A.2.9, A.11 — a legal entity (the employer, by BIN) guarantees; its head (the test PKI's "employer-head":
/// that BIN and the head role OID) acts for it and signs through the one signing pipeline. A.12 — the guarantor's own
/// questionnaire, documents and consent come first. A.14 — the checks cover the guarantor.
/// </summary>
public sealed class LegalEntityGuarantorTests : IDisposable
{
    private const string EmployerBin = "100340005011"; // RentToOwn.Eds DemoParties.EmployerBin
    private readonly PlatformFactory _factory = new();

    private string Pki => _factory.PkiDirectory;

    private ApplicationFlow Flow => new(_factory, Pki);

    public void Dispose() => _factory.Dispose();

    private string Iin(string role) => DemoKeys.Party(Pki, role).Iin;

    private Task<HttpResponseMessage> SignAsync(HttpClient client, Guid id, byte[] text, string keyOf) =>
        client.PostAsJsonAsync($"/api/guarantor/applications/{id}/signature", new { cms = Flow.Sign(text, keyOf) });

    private async Task<HttpStatusCode> LoginStatusAsync(string role)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var c = await EdsClient.ChallengeAsync(client);
        return (await EdsClient.AnswerAsync(client, c.Nonce, EdsClient.Sign(c, DemoKeys.Load(Pki, role), _factory.Time))).StatusCode;
    }

    [Fact]
    public async Task A11_the_employer_invited_by_BIN_signs_with_its_heads_key_and_a_personal_key_another_BIN_or_an_employees_key_is_refused()
    {
        var id = await Flow.SubmittedApplicationAsync(organisationBin: EmployerBin);
        var invitation = await _factory.WithDbAsync(db => db.GuarantorInvitations.SingleAsync());
        Assert.Equal((EmployerBin, (string?)null), (invitation.GuarantorBin, invitation.GuarantorIin)); // no head yet

        // An employee of the employer (same BIN, no head role) gets no guarantor cabinet.
        Assert.Equal(HttpStatusCode.Forbidden, await LoginStatusAsync("employer-staff"));

        // The head logs in with a certificate of that BIN and the head role: the guarantor cabinet shows the invitation.
        var head = await Flow.LoginAsync("employer-head");
        var cabinet = await head.GetStringAsync("/Guarantor?lang=en");
        Assert.Contains(id.ToString(), cabinet);
        Assert.Contains($"data-bin=\"{EmployerBin}\"", cabinet);

        // A.9, A.12: nothing before the head's consent, questionnaire and the organisation's documents.
        var early = await SignAsync(head, id, "x"u8.ToArray(), "employer-head");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "consents.refused.needed", new Outcome.Text("consents.refused.whose.yours"));
        await Flow.GuarantorPreparesAsync(head, id, "employer-head", organisation: true, income: "5000000", obligations: "1000000");
        invitation = await _factory.WithDbAsync(db => db.GuarantorInvitations.Include(g => g.Documents).SingleAsync());
        Assert.Equal(Iin("employer-head"), invitation.GuarantorIin); // taken up by this head
        Assert.Equal("LLP KazPost Service", invitation.Employer);
        Assert.Equal(["FinancialStatement", "RegistrationCertificate"], invitation.Documents.Select(d => d.Kind.ToString()).Order());

        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, Iin("employer-head"));
        Assert.Contains($"legal entity BIN: {EmployerBin}", System.Text.Encoding.UTF8.GetString(text));

        // A.11: a person's key, another organisation's head, an employee of the employer — each refused with its reason.
        var personal = await SignAsync(head, id, text, "guarantor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, personal.StatusCode);
        Refusal.Shown(await personal.Content.ReadAsStringAsync(), "signing.refused.wrong_key", new Outcome.Text("signing.name.signature"),
            new Outcome.Text("signing.refused.made_personal"), new Outcome.Text("signing.refused.wanted_head", "100340005011"));
        var otherBin = await SignAsync(head, id, text, "ktk-head");
        Refusal.Shown(await otherBin.Content.ReadAsStringAsync(), "signing.refused.wrong_key", new Outcome.Text("signing.name.signature"),
            new Outcome.Text("signing.refused.made_other", "040540000103"), new Outcome.Text("signing.refused.wanted_head", "100340005011"));
        var employee = await SignAsync(head, id, text, "employer-staff");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, employee.StatusCode);
        Refusal.Shown(await employee.Content.ReadAsStringAsync(), "signing.refused.wrong_key", new Outcome.Text("signing.name.signature"),
            new Outcome.Text("signing.refused.made_employee"), new Outcome.Text("signing.refused.wanted_head", "100340005011"));
        Assert.Null(await _factory.WithDbAsync(db => db.GuarantorInvitations.Select(g => g.SignedAt).SingleAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "ApplicationSigned")));

        // The head's own signing key (BIN + head role): accepted, on the ledger without IIN or BIN.
        Assert.Equal(HttpStatusCode.NoContent, (await SignAsync(head, id, text, "employer-head")).StatusCode);
        var receipt = await _factory.WithDbAsync(db => db.LedgerReceipts.SingleAsync(r => r.Kind == "ApplicationSigned"));
        Assert.DoesNotContain(EmployerBin, receipt.ReceiptJson);
        Assert.DoesNotContain(Iin("employer-head"), receipt.ReceiptJson);

        // A.14: the officer's checks cover the organisation: its signature is its head's; a legal entity has no civil standing.
        var officer = await Flow.LoginAsync("ktk-officer");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        var checks = ReviewChecks.LatestRun(await _factory.WithDbAsync(db => db.ReviewChecks.Where(c => c.ApplicationId == id).ToListAsync()))
            .Where(c => c.SubjectRole == "guarantor 1").ToList();
        var eds = Assert.Single(checks, c => c.Kind == CheckKind.EdsOwnership);
        Assert.Equal(CheckOutcome.Passed, eds.Outcome);
        Assert.Equal(EmployerBin, eds.SubjectIin);
        Assert.DoesNotContain(checks, c => c.Kind == CheckKind.CivilStanding);
        Assert.Contains(checks, c => c.Kind == CheckKind.FinancingList && c.Outcome == CheckOutcome.Passed);
    }

    [Fact]
    public async Task A2_9_an_organisation_is_invited_by_a_valid_BIN_once_never_KTK_and_has_no_age()
    {
        var tenant = await Flow.LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(tenant, f => Flow.Sign(f, "tenant"))).StatusCode);
        async Task<(HttpStatusCode, string)> InviteAsync(string bin)
        {
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await FormPost.TokenAsync(tenant, "/Tenant/Application"), ["GuarantorBin"] = bin };
            var r = await tenant.PostAsync("/Tenant/Application?handler=InviteOrganisation", new FormUrlEncodedContent(fields));
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }

        var (status, html) = await InviteAsync("100340005012");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Refusal.Shown(html, "applications.refused.guarantor_bin_invalid");
        Refusal.Shown((await InviteAsync("040540000103")).Item2, "applications.refused.ktk_own_guarantor");
        Assert.Equal(HttpStatusCode.OK, (await InviteAsync(EmployerBin)).Item1); // no age rule: an organisation (A.2.9)
        // Issue 17 §3: the same invitation resent (a lost answer, a reloaded form) succeeds and invites nobody twice.
        Assert.Equal(HttpStatusCode.OK, (await InviteAsync(EmployerBin)).Item1);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.GuarantorInvitations.CountAsync()));
    }

    [Fact]
    public async Task A12_the_guarantors_questionnaire_and_documents_need_their_consent_and_come_before_the_signature()
    {
        var id = await Flow.SubmittedApplicationAsync(organisationBin: EmployerBin);
        // The tenant also invites a person; the demo guarantor fills in nothing yet.
        var officer = await Flow.LoginAsync("ktk-officer");
        var details = $"/Officer/Review/Details?id={id}";
        var token = await FormPost.TokenAsync(officer, details);
        await officer.PostAsync($"{details}&handler=RequestGuarantor", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["GuarantorReason"] = "Income too low (A.14)." }));
        var tenant = await Flow.LoginAsync("tenant");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await FormPost.TokenAsync(tenant, "/Tenant/Application"), ["GuarantorIin"] = Iin("guarantor") };
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsync("/Tenant/Application?handler=Invite", new FormUrlEncodedContent(fields))).StatusCode);

        var guarantor = await Flow.LoginAsync("guarantor");
        var page = $"/Guarantor/Questionnaire?id={id}";
        // A.9: without the guarantor's consent the questionnaire is neither shown nor written (redirect to the consent form), audited.
        var noConsent = await guarantor.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, noConsent.StatusCode);
        Assert.StartsWith("/Consent", noConsent.Headers.Location!.OriginalString);
        Assert.True(await _factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Actor == Iin("guarantor") && a.Action == "read:guarantor-questionnaire" && !a.Allowed)));
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(guarantor, f => Flow.Sign(f, "guarantor"))).StatusCode);

        async Task<(HttpStatusCode, string)> SaveAsync(string income, string obligations, string position = "Engineer")
        {
            var f = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await FormPost.TokenAsync(guarantor, page), ["Employer"] = "Air Astana", ["Position"] = position,
                ["MonthlyIncome"] = income, ["MonthlyObligations"] = obligations,
            };
            var r = await guarantor.PostAsync($"{page}&handler=Save", new FormUrlEncodedContent(f));
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }

        Refusal.Shown((await SaveAsync("0", "0")).Item2, "applications.refused.income_positive");
        Refusal.Shown((await SaveAsync("300000", "-1")).Item2, "applications.refused.obligations_amount");
        Refusal.Shown((await SaveAsync("300000", "0", position: " ")).Item2, "applications.refused.position_needed");
        var wrongKind = await FormPost.UploadAsync(guarantor, $"{page}&handler=Upload", new Dictionary<string, string> { ["Kind"] = "FinancialStatement" }, "Document", "f.pdf",
            "%PDF-1.7\n%%EOF"u8.ToArray(), tokenPage: page);
        Refusal.Shown(await wrongKind.Content.ReadAsStringAsync(), "applications.refused.document_kind_guarantor", new Outcome.Text("applications.refused.guarantor_person"));
        var notPdf = await FormPost.UploadAsync(guarantor, $"{page}&handler=Upload", new Dictionary<string, string> { ["Kind"] = "SalaryCertificate" }, "Document", "s.pdf",
            "hello"u8.ToArray(), tokenPage: page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.GuarantorDocuments.CountAsync()));
        Assert.Null(await _factory.WithDbAsync(db => db.GuarantorInvitations.Where(g => g.GuarantorIin == Iin("guarantor")).Select(g => g.QuestionnaireSavedAt).SingleAsync()));

        // Questionnaire saved but a document missing: the signature is refused and names what is missing.
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync("450000", "50000")).Item1);
        var early = await SignAsync(guarantor, id, "x"u8.ToArray(), "guarantor");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "applications.refused.guarantor_incomplete", "EmploymentCertificate, SalaryCertificate");

        await Flow.GuarantorPreparesAsync(guarantor, id, "guarantor", consent: false);
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, Iin("guarantor"));
        Assert.Equal(HttpStatusCode.NoContent, (await SignAsync(guarantor, id, text, "guarantor")).StatusCode);
        // Signed: the questionnaire no longer changes.
        var (late, lateHtml) = await SaveAsync("1", "0");
        Assert.Equal(HttpStatusCode.Conflict, late);
        Refusal.Shown(lateHtml, "applications.refused.guarantor_signed");
    }

    [Fact]
    public async Task A14_the_solvency_check_counts_the_signed_guarantors_income_less_obligations()
    {
        // 120 000 KZT alone does not carry the payment of KTK's offer (≈ 84 000 KZT, limit 50 %).
        var id = await Flow.SubmittedApplicationAsync(monthlyIncome: "120000");
        var officer = await Flow.LoginAsync("ktk-officer");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        var solvency = ReviewChecks.LatestRun(await _factory.WithDbAsync(db => db.ReviewChecks.Where(c => c.ApplicationId == id).ToListAsync()))
            .Single(c => c.Kind == CheckKind.Solvency);
        var args = solvency.ReasonArgs.Split('\u001f');
        // The guarantor signed in the flow with 450 000 income and 50 000 obligations: both join the applicant's (A.15.2 rule).
        Assert.Equal("570 000.00", args[1]);
        Assert.Equal("50 000.00", args[4]);
        Assert.Equal(CheckOutcome.Passed, solvency.Outcome);
    }

    [Fact]
    public async Task A18_the_organisations_head_signs_the_contract_for_it_after_the_tenant_with_that_BIN_and_the_head_role()
    {
        var id = await Flow.SubmittedApplicationAsync(organisationBin: EmployerBin);
        var head = await Flow.LoginAsync("employer-head");
        await Flow.GuarantorPreparesAsync(head, id, "employer-head", organisation: true, income: "5000000", obligations: "1000000");
        var text = await ApplicationFlow.GuarantorTextAsync(_factory, id, Iin("employer-head"));
        Assert.Equal(HttpStatusCode.NoContent, (await SignAsync(head, id, text, "employer-head")).StatusCode);
        var officer = await Flow.LoginAsync("ktk-officer");
        Assert.Equal(HttpStatusCode.NoContent, (await OfficerApproval.ApproveAsync(officer, id, doc => Flow.Sign(doc, "ktk-officer"))).StatusCode);
        var leaseId = await Flow.AcceptFlatAsync();

        var lease = await _factory.WithDbAsync(db => db.Leases.AsNoTracking().Include(l => l.Guarantors).SingleAsync(l => l.Id == leaseId));
        var guarantor = Assert.Single(lease.Guarantors);
        Assert.Equal((EmployerBin, Iin("employer-head")), (guarantor.Bin, guarantor.Iin)); // the entity, acting through its head
        Task<HttpResponseMessage> SignContractAsync(HttpClient client, string keyOf) =>
            client.PostAsJsonAsync($"/api/contracts/{leaseId}/signatures", new { cms = Flow.Sign(lease.ContractPdf!, keyOf) });

        // A.18: the tenant first; then the organisation through its head's key (that BIN, head role) — not a personal or an employee's key.
        var tenant = await Flow.LoginAsync("tenant");
        Assert.True((await SignContractAsync(tenant, "tenant")).IsSuccessStatusCode);
        var employee = await SignContractAsync(head, "employer-staff");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, employee.StatusCode);
        Refusal.Mentions(await employee.Content.ReadAsStringAsync(), "signing.refused.made_employee");
        var personal = await SignContractAsync(head, "guarantor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, personal.StatusCode);
        var signed = await SignContractAsync(head, "employer-head");
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var step = await _factory.WithDbAsync(db => db.ContractSignatures.AsNoTracking().SingleAsync(c => c.LeaseId == leaseId && c.Step == 1));
        Assert.Equal(("guarantor", Iin("employer-head")), (step.Role, step.SignerIin));

        // KTK's head signs last: the contract is complete.
        var ktkHead = await Flow.LoginAsync("ktk-head");
        Assert.True((await SignContractAsync(ktkHead, "ktk-head")).IsSuccessStatusCode);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.ContractSignatures.CountAsync(c => c.LeaseId == leaseId)));
    }
}
