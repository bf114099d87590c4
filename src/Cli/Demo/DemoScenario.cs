using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RentToOwn.Platform.Applications;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// The happy path of issue 6 through the public HTTP API: list import (A.6), EDS login, consent (A.9), application
/// (A.8–A.11), guarantor signature (A.12), approval (A.17), contract signed tenant → guarantor → KTK head (A.18),
/// then every CMS verified against the PKI's trust and every ledger receipt against the log and witness keys.
/// </summary>
/// <param name="url">Platform base address.</param>
/// <param name="dataDirectory">The platform's data directory: test PKI (<c>pki/</c>) and ledger keys (<c>ledger/</c>).</param>
/// <param name="log">Progress lines.</param>
public sealed partial class DemoScenario(Uri url, string dataDirectory, TextWriter log)
{
    private static readonly byte[] DemoPdf = "%PDF-1.7\n% rto demo document\n%%EOF"u8.ToArray();

    private string Pki => Path.Combine(dataDirectory, "pki");

    /// <summary>Runs the path to the signed contract (<c>--until signed</c>); returns the JSON summary or throws <see cref="DemoException"/>.</summary>
    public async Task<JsonObject> RunAsync(CancellationToken ct)
    {
        using var parties = new DemoParties(url, Pki);
        var contract = await SignContractAsync(parties, ct);
        using var verifier = new DemoVerifier(dataDirectory, DemoLedger.Embedded, log);
        var signatures = await VerifyContractAsync(parties, contract, verifier, ct);
        return new JsonObject
        {
            ["contractSha256"] = Convert.ToHexStringLower(SHA256.HashData(contract.Pdf)),
            ["signatures"] = signatures,
            ["ledgerVerified"] = signatures >= 3 && verifier.Tally.Failed == 0,
        };
    }

    /// <summary>A.6–A.18: from the akimat list to the contract signed by tenant, guarantor and KTK head.</summary>
    public async Task<DemoContract> SignContractAsync(DemoParties p, CancellationToken ct)
    {
        foreach (var u in new[] { p.Officer, p.Tenant, p.Guarantor, p.Head, p.Spouse }) await u.LoginAsync(ct);
        log.WriteLine("logged in with EDS: officer, tenant, spouse, guarantor, head");
        return await SignContractAsync(p, new DemoApplicant(p.Tenant, p.Spouse, p.Guarantor, FamilyMembers: 2), ct);
    }

    /// <summary>
    /// A.6–A.18 for one <paramref name="a"/>pplicant (officer and head logged in already): list import, consent, application,
    /// [guarantor,] submission, [guarantor and spouse signatures,] approval, the offered flat accepted, the contract signed.
    /// </summary>
    public async Task<DemoContract> SignContractAsync(DemoParties p, DemoApplicant a, CancellationToken ct)
    {
        var (officer, head, tenant) = (p.Officer, p.Head, a.Tenant);

        var applicationId = await SubmitApplicationAsync(p, a, ct);

        // A.12: the guarantor (consent, questionnaire and documents first) signs the application; so does the spouse.
        if (a.Guarantor is { } guarantor)
        {
            await GuarantorPreparesAsync(guarantor, applicationId, organisation: false, ct);
            await guarantor.SignWidgetAsync("Guarantor", null, ct);
            log.WriteLine("guarantor signed the application");
        }

        if (a.Spouse is { } spouse && await spouse.Http.GetAsync("Spouse", ct) is { IsSuccessStatusCode: true } r
            && (await r.Content.ReadAsStringAsync(ct)).Contains("data-submit-url", StringComparison.Ordinal))
        {
            await spouse.SignWidgetAsync("Spouse", null, ct);
            log.WriteLine("spouse signed the application");
        }

        // A.17: the officer approves (having seen the A.14–A.15 checks); the tenant accepts the offered flat; the contract is drafted.
        var queue = await officer.PageAsync("Officer/Review", ct);
        var id = ReviewLink().Match(queue) is { Success: true } m ? m.Groups[1].Value : throw new DemoException("officer: the application is not in the review queue");
        await ApproveAsync(officer, id, log, ct);
        var (_, contractId) = await AcceptFlatAsync(tenant, ct);
        var view = await DemoUser.Json(await tenant.Http.GetAsync($"api/contracts/{contractId}", ct), $"{tenant.Role}: contract", ct);
        var pdf = await tenant.Http.GetByteArrayAsync($"api/contracts/{contractId}/pdf", ct);
        log.WriteLine($"officer approved; contract {view.GetProperty("number").GetString()} drafted");

        // A.18: in the order the platform asks for (tenant, [spouse,] guarantor, KTK head).
        while (view.TryGetProperty("nextSigner", out var next) && next.ValueKind == JsonValueKind.String)
        {
            // nextSigner is the platform's wording: "tenant", "tenant's spouse", "guarantor 1 of 1", "KTK head".
            var signer = next.GetString() switch
            {
                "tenant" => tenant,
                { } s when s.Contains("spouse", StringComparison.Ordinal) && a.Spouse is { } sp => sp,
                { } s when s.StartsWith("guarantor", StringComparison.Ordinal) && a.Guarantor is { } g => g,
                "KTK head" => head,
                var s => throw new DemoException($"the contract asks for a signer the demo does not have: {s}"),
            };
            view = await DemoUser.Json(await signer.Http.PostAsJsonAsync($"api/contracts/{contractId}/signatures", new { cms = signer.Sign(pdf) }, ct), $"{signer.Role}: contract signature", ct);
            log.WriteLine($"{signer.Role} signed the contract");
        }

        if (view.GetProperty("contractSha256").GetString() != Convert.ToHexStringLower(SHA256.HashData(pdf)))
        {
            throw new DemoException("the contract PDF does not match its stored SHA-256");
        }

        return new DemoContract(contractId, pdf, view);
    }

    /// <summary>
    /// A.15–A.17: the officer approves application <paramref name="id"/> as on the review page: each check left Unavailable
    /// (e.g. a guarantor without consent) is overridden with a stated reason, the failed checks are confirmed as reviewed, and
    /// the approval text shown is signed with the officer's EDS (A.16, ledger ApprovalSigned).
    /// </summary>
    public static async Task ApproveAsync(DemoUser officer, string id, TextWriter log, CancellationToken ct)
    {
        var details = $"Officer/Review/Details?id={id}";
        var html = await officer.PageAsync(details, ct);
        var overridden = 0;
        foreach (Match m in UnavailableCheck().Matches(html))
        {
            await officer.FormAsync($"{details}&handler=Override", details, new Dictionary<string, string>
            {
                ["CheckId"] = m.Groups[1].Value, ["OverrideReason"] = "rto demo: the source was checked outside the platform",
            }, null, ct);
            overridden++;
        }

        var acknowledge = new Dictionary<string, string>();
        if (html.Contains("failedChecksReviewed", StringComparison.Ordinal)) acknowledge["failedChecksReviewed"] = "true";
        var (status, page) = await officer.FormResultAsync($"{details}&handler=Approve", details, acknowledge, null, ct);
        if (status >= 400) throw new DemoException($"{officer.Role}: approve → {status} {DecisionMessage().Match(page).Groups[1].Value}");
        await officer.SignWidgetHtmlAsync(page, details, null, ct);
        log.WriteLine(overridden == 0 ? "officer signed the approval with EDS" : $"officer overrode {overridden} unavailable check(s) with a reason and signed the approval with EDS");
    }

    /// <summary>A.17: the tenant accepts the flat offered to their approved application; returns the flat and the contract drafted on it.</summary>
    public async Task<(string Flat, string ContractId)> AcceptFlatAsync(DemoUser tenant, CancellationToken ct)
    {
        var offer = await DemoUser.Json(await tenant.Http.GetAsync("api/housing/offers/mine", ct), $"{tenant.Role}: flat offer", ct);
        if (offer.GetProperty("offerId").ValueKind != System.Text.Json.JsonValueKind.String) throw new DemoException($"{tenant.Role}: no flat of KTK's stock fits the family");
        var accepted = await DemoUser.Json(await tenant.Http.PostAsync($"api/housing/offers/{offer.GetProperty("offerId").GetString()}/accept", null, ct), $"{tenant.Role}: accept the flat", ct);
        var flat = accepted.GetProperty("cadastralNumber").GetString()!;
        log.WriteLine($"{tenant.Role} accepted flat {flat}");
        return (flat, accepted.GetProperty("leaseId").GetString()!);
    }

    /// <summary>
    /// A.6–A.13: the officer imports the list holding the tenant; the tenant consents (A.9), applies, attaches, invites the
    /// guarantor and submits. The officer and the tenant must be logged in. Returns the application id from the officer's queue.
    /// </summary>
    public Task<string> SubmitApplicationAsync(DemoParties p, CancellationToken ct) =>
        SubmitApplicationAsync(p, new DemoApplicant(p.Tenant, p.Spouse, p.Guarantor, FamilyMembers: 2), ct);

    /// <summary>A.6–A.13 for one <paramref name="a"/>pplicant; returns the application id from the officer's queue.</summary>
    public async Task<string> SubmitApplicationAsync(DemoParties p, DemoApplicant a, CancellationToken ct)
    {
        var (officer, tenant) = (p.Officer, a.Tenant);
        await ImportListAsync(officer, tenant, log, ct);
        await tenant.LoginAsync(ct); // the list may have just opened the tenant cabinet of an existing account
        await ApplyAsync(tenant, a.Spouse, ct, familyMembers: a.FamilyMembers);
        if (a.Guarantor is { } invited)
        {
            await tenant.FormAsync("Tenant/Application?handler=Invite", "Tenant/Application", new Dictionary<string, string> { ["GuarantorIin"] = invited.Party.Iin }, null, ct);
        }

        await tenant.FormAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        log.WriteLine(a.Guarantor is null ? $"{tenant.Role} consented, applied and submitted" : "tenant consented, applied, invited the guarantor and submitted");
        var queue = await officer.PageAsync("Officer/Review", ct);
        return ReviewLink().Match(queue) is { Success: true } m ? m.Groups[1].Value : throw new DemoException("officer: the application is not in the review queue");
    }

    /// <summary>A.6: the officer imports the akimat list holding the tenant (A.7: the SMS starts the 15-day window).</summary>
    public static async Task ImportListAsync(DemoUser officer, DemoUser tenant, TextWriter log, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{tenant.Party.Iin},{tenant.Party.Name},+77011234567,budget\n");
        await officer.FormAsync("Officer/RecipientLists", "Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Astana akimat (rto demo)", ["ReceivedOn"] = today }, ("Upload", "list.csv", csv), ct);
        log.WriteLine("officer imported the list");
    }

    /// <summary>
    /// A.8–A.10: the tenant's consent, questionnaire (married to <paramref name="spouse"/> when given, as the civil registry
    /// says) and documents.
    /// </summary>
    public static async Task ApplyAsync(DemoUser tenant, DemoUser? spouse, CancellationToken ct, string monthlyIncome = "380000", int familyMembers = 2)
    {
        // A.9: consent unless a live one exists (the same person may already have consented, e.g. as another tenant's guarantor).
        var consentPage = await tenant.PageAsync("Tenant/Consent", ct);
        if (!consentPage.Contains("id=\"consent-given\"", StringComparison.Ordinal)) await tenant.SignWidgetHtmlAsync(consentPage, "Tenant/Consent", "kk", ct);
        var form = new Dictionary<string, string>
        {
            ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = monthlyIncome,
            ["FamilyMembers"] = familyMembers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (spouse is not null)
        {
            form["Married"] = "true";
            form["SpouseIin"] = spouse.Party.Iin; // the civil registry (АХАЖ) records the demo tenant as married
        }

        await tenant.FormAsync("Tenant/Application?handler=Save", "Tenant/Application", form, null, ct);
        // A.10: married → marriage certificate; single → the notarised no-marriage statement (no children, no earlier marriage here).
        foreach (var kind in DocumentRules.RequiredFor(married: spouse is not null, children: 0, previouslyMarried: false))
        {
            await tenant.FormAsync("Tenant/Application?handler=Upload", "Tenant/Application",
                new Dictionary<string, string> { ["Kind"] = kind.ToString() }, ("Document", $"{kind}.pdf", DemoPdf), ct);
        }
    }

    /// <summary>
    /// A.12 → A.8–A.10: the logged-in guarantor consents (A.9, unless their consent is live) and gives the questionnaire and the
    /// documents for application <paramref name="applicationId"/> — a person's, or a legal entity's (its head) when
    /// <paramref name="organisation"/>.
    /// </summary>
    public static async Task GuarantorPreparesAsync(DemoUser guarantor, string applicationId, bool organisation, CancellationToken ct,
        string monthlyIncome = "450000")
    {
        if (!(await guarantor.PageAsync("Guarantor", ct)).Contains("id=\"party-consent-live\"", StringComparison.Ordinal))
        {
            await guarantor.SignWidgetAsync("Consent?next=/Guarantor", "kk", ct);
        }

        var page = $"Guarantor/Questionnaire?id={applicationId}";
        await guarantor.FormAsync($"{page}&handler=Save", page, new Dictionary<string, string>
        {
            ["Employer"] = organisation ? "LLP KazPost Service" : "Air Astana", ["Position"] = "Engineer",
            ["MonthlyIncome"] = monthlyIncome, ["MonthlyObligations"] = "50000",
        }, null, ct);
        foreach (var kind in organisation
                     ? new[] { GuarantorDocumentKind.RegistrationCertificate, GuarantorDocumentKind.FinancialStatement }
                     : [GuarantorDocumentKind.EmploymentCertificate, GuarantorDocumentKind.SalaryCertificate])
        {
            await guarantor.FormAsync($"{page}&handler=Upload", page, new Dictionary<string, string> { ["Kind"] = kind.ToString() },
                ("Document", $"{kind}.pdf", DemoPdf), ct);
        }
    }

    /// <summary>Verifies the contract's signatures (CMS, ledger receipt, chain); returns how many there are.</summary>
    public static async Task<int> VerifyContractAsync(DemoParties p, DemoContract contract, DemoVerifier verifier, CancellationToken ct)
    {
        var signatures = contract.View.GetProperty("signatures").EnumerateArray().ToList();
        foreach (var s in signatures)
        {
            var step = s.GetProperty("step").GetInt32();
            var cms = await p.Tenant.Http.GetByteArrayAsync($"api/contracts/{contract.Id}/signatures/{step}/cms", ct);
            var receipt = JsonNode.Parse(s.GetProperty("receipt").GetRawText())!.AsObject();
            await verifier.VerifyReceiptAsync($"contract signature {step} ({s.GetProperty("role").GetString()})", contract.Pdf, cms, receipt, ct);
        }

        return signatures.Count;
    }

    [GeneratedRegex(@"Details\?id=([0-9a-fA-F-]{36})")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("name=\"CheckId\" value=\"([0-9a-fA-F-]{36})\"")]
    private static partial Regex UnavailableCheck();

    [GeneratedRegex("id=\"decision-message\">([^<]*)<")]
    private static partial Regex DecisionMessage();
}
