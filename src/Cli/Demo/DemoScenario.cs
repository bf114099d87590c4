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
        var (officer, tenant, guarantor, head, spouse) = (p.Officer, p.Tenant, p.Guarantor, p.Head, p.Spouse);
        foreach (var u in new[] { officer, tenant, guarantor, head, spouse }) await u.LoginAsync(ct);
        log.WriteLine("logged in with EDS: officer, tenant, spouse, guarantor, head");

        var id = await SubmitApplicationAsync(p, ct);

        // A.12: the guarantor signs the application; so does the spouse, where the platform has the spouse cabinet.
        await guarantor.SignWidgetAsync("Guarantor", null, ct);
        log.WriteLine("guarantor signed the application");
        if (await spouse.Http.GetAsync("Spouse", ct) is { IsSuccessStatusCode: true } r && (await r.Content.ReadAsStringAsync(ct)).Contains("data-submit-url", StringComparison.Ordinal))
        {
            await spouse.SignWidgetAsync("Spouse", null, ct);
            log.WriteLine("spouse signed the application");
        }

        // A.17: the officer approves; the contract is drafted.
        await officer.FormAsync($"Officer/Review/Details?id={id}&handler=Approve", $"Officer/Review/Details?id={id}", new Dictionary<string, string>(), null, ct);
        var contracts = await DemoUser.Json(await tenant.Http.GetAsync("api/contracts", ct), "tenant: contracts", ct);
        if (contracts.GetArrayLength() != 1) throw new DemoException("tenant: approval did not draft a contract");
        var contractId = contracts[0].GetProperty("id").GetString()!;
        var pdf = await tenant.Http.GetByteArrayAsync($"api/contracts/{contractId}/pdf", ct);
        log.WriteLine($"officer approved; contract {contracts[0].GetProperty("number").GetString()} drafted");

        // A.18: in the order the platform asks for (tenant, [spouse,] guarantor, KTK head).
        var view = await DemoUser.Json(await tenant.Http.GetAsync($"api/contracts/{contractId}", ct), "tenant: contract", ct);
        while (view.TryGetProperty("nextSigner", out var next) && next.ValueKind == JsonValueKind.String)
        {
            // nextSigner is the platform's wording: "tenant", "tenant's spouse", "guarantor 1 of 1", "KTK head".
            var signer = next.GetString() switch
            {
                "tenant" => tenant,
                { } s when s.Contains("spouse", StringComparison.Ordinal) => spouse,
                { } s when s.StartsWith("guarantor", StringComparison.Ordinal) => guarantor,
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
    /// A.6–A.13: the officer imports the list holding the tenant; the tenant consents (A.9), applies, attaches, invites the
    /// guarantor and submits. The officer and the tenant must be logged in. Returns the application id from the officer's queue.
    /// </summary>
    public async Task<string> SubmitApplicationAsync(DemoParties p, CancellationToken ct)
    {
        var (officer, tenant, guarantor, spouse) = (p.Officer, p.Tenant, p.Guarantor, p.Spouse);
        await ImportListAsync(officer, tenant, log, ct);
        await ApplyAsync(tenant, spouse, ct);
        await tenant.FormAsync("Tenant/Application?handler=Invite", "Tenant/Application", new Dictionary<string, string> { ["GuarantorIin"] = guarantor.Party.Iin }, null, ct);
        await tenant.FormAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        log.WriteLine("tenant consented, applied, invited the guarantor and submitted");
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

    /// <summary>A.8–A.10: the tenant's consent, questionnaire (married to <paramref name="spouse"/>, as the civil registry says) and documents.</summary>
    public static async Task ApplyAsync(DemoUser tenant, DemoUser spouse, CancellationToken ct, string monthlyIncome = "380000")
    {
        await tenant.SignWidgetAsync("Tenant/Consent", "kk", ct);
        await tenant.FormAsync("Tenant/Application?handler=Save", "Tenant/Application",
            new Dictionary<string, string>
            {
                ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = monthlyIncome, ["FamilyMembers"] = "2",
                ["Married"] = "true", ["SpouseIin"] = spouse.Party.Iin, // the civil registry (АХАЖ) records the demo tenant as married
            }, null, ct);
        foreach (var kind in TenantApplications.RequiredDocuments.Append(DocumentKind.MaritalStatusCertificate))
        {
            await tenant.FormAsync("Tenant/Application?handler=Upload", "Tenant/Application",
                new Dictionary<string, string> { ["Kind"] = kind.ToString() }, ("Document", $"{kind}.pdf", DemoPdf), ct);
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
}
