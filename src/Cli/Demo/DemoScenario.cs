using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
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

    /// <summary>Runs the path; returns the JSON summary or throws <see cref="DemoException"/>.</summary>
    public async Task<JsonObject> RunAsync(CancellationToken ct)
    {
        using var officer = new DemoUser(url, Pki, "ktk-officer");
        using var tenant = new DemoUser(url, Pki, "tenant");
        using var guarantor = new DemoUser(url, Pki, "guarantor");
        using var head = new DemoUser(url, Pki, "ktk-head");
        foreach (var u in new[] { officer, tenant, guarantor, head }) await u.LoginAsync(ct);
        log.WriteLine("logged in with EDS: officer, tenant, guarantor, head");

        // A.6: the officer imports the akimat list holding the tenant.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{tenant.Party.Iin},{tenant.Party.Name},+77011234567,budget\n");
        await officer.FormAsync("Officer/RecipientLists", "Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Astana akimat (rto demo)", ["ReceivedOn"] = today }, ("Upload", "list.csv", csv), ct);
        log.WriteLine("officer imported the list");

        // A.9–A.11, A.13: consent, application, documents, guarantor invitation, submission.
        await tenant.SignWidgetAsync("Tenant/Consent", "kk", ct);
        await tenant.FormAsync("Tenant/Application?handler=Save", "Tenant/Application",
            new Dictionary<string, string> { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2" }, null, ct);
        foreach (var kind in TenantApplications.RequiredDocuments)
        {
            await tenant.FormAsync("Tenant/Application?handler=Upload", "Tenant/Application",
                new Dictionary<string, string> { ["Kind"] = kind.ToString() }, ("Document", $"{kind}.pdf", DemoPdf), ct);
        }

        await tenant.FormAsync("Tenant/Application?handler=Invite", "Tenant/Application", new Dictionary<string, string> { ["GuarantorIin"] = guarantor.Party.Iin }, null, ct);
        await tenant.FormAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        log.WriteLine("tenant consented, applied, invited the guarantor and submitted");

        // A.12: the guarantor signs the application.
        await guarantor.SignWidgetAsync("Guarantor", null, ct);
        log.WriteLine("guarantor signed the application");

        // A.17: the officer approves; the contract is drafted.
        var queue = await officer.PageAsync("Officer/Review", ct);
        var id = ReviewLink().Match(queue) is { Success: true } m ? m.Groups[1].Value : throw new DemoException("officer: the application is not in the review queue");
        await officer.FormAsync($"Officer/Review/Details?id={id}&handler=Approve", $"Officer/Review/Details?id={id}", new Dictionary<string, string>(), null, ct);
        var contracts = await DemoUser.Json(await tenant.Http.GetAsync("api/contracts", ct), "tenant: contracts", ct);
        if (contracts.GetArrayLength() != 1) throw new DemoException("tenant: approval did not draft a contract");
        var contractId = contracts[0].GetProperty("id").GetString()!;
        var pdf = await tenant.Http.GetByteArrayAsync($"api/contracts/{contractId}/pdf", ct);
        log.WriteLine($"officer approved; contract {contracts[0].GetProperty("number").GetString()} drafted");

        // A.18: tenant → guarantor → KTK head.
        JsonElement view = default;
        foreach (var signer in new[] { tenant, guarantor, head })
        {
            view = await DemoUser.Json(await signer.Http.PostAsJsonAsync($"api/contracts/{contractId}/signatures", new { cms = signer.Sign(pdf) }, ct), $"{signer.Role}: contract signature", ct);
            log.WriteLine($"{signer.Role} signed the contract");
        }

        return await VerifyAsync(tenant, contractId, pdf, view, ct);
    }

    private async Task<JsonObject> VerifyAsync(DemoUser tenant, string contractId, byte[] pdf, JsonElement view, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        if (view.GetProperty("contractSha256").GetString() != sha) throw new DemoException("the contract PDF does not match its stored SHA-256");
        var trustDir = Path.Combine(Pki, "trust");
        var policy = new VerificationPolicy(TrustStore.FromDirectory(trustDir), [CrlRevocationSource.FromDirectory(trustDir)], TimeProvider.System)
        {
            RequiredPurpose = KeyPurpose.Signing,
        };
        var ledgerDir = Path.Combine(dataDirectory, "ledger");
        var logKey = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(ledgerDir, "log.pub"), ct));
        var witness = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(ledgerDir, "witness.pub"), ct));
        var bundles = new BundleVerifier(logKey, [witness], 1);
        var verifier = new CadesVerifier();
        var signatures = view.GetProperty("signatures").EnumerateArray().ToList();
        var ledgerVerified = signatures.Count == 3;
        foreach (var s in signatures)
        {
            var step = s.GetProperty("step").GetInt32();
            var cms = await tenant.Http.GetByteArrayAsync($"api/contracts/{contractId}/signatures/{step}/cms", ct);
            var report = verifier.Verify(pdf, cms, policy);
            if (!report.Passed) throw new DemoException($"signature {step} does not verify: {string.Join("; ", report.Signatures.Select(VerificationText.Of))}");
            var receipt = JsonNode.Parse(s.GetProperty("receipt").GetRawText())!.AsObject();
            var result = await bundles.VerifyAsync(ReceiptJson.ToBundle(receipt), ct);
            var record = result.Record;
            ledgerVerified &= result.IsValid && record is not null
                && record.DocumentSha256.ToArray().AsSpan().SequenceEqual(SHA256.HashData(pdf))
                && record.SignatureSha256 is { } c && c.ToArray().AsSpan().SequenceEqual(SHA256.HashData(cms));
            log.WriteLine($"signature {step} ({s.GetProperty("role").GetString()}): CMS verified; ledger {(result.IsValid ? "proof verified" : "FAILED: " + result.Reason)}");
        }

        return new JsonObject { ["contractSha256"] = sha, ["signatures"] = signatures.Count, ["ledgerVerified"] = ledgerVerified };
    }

    [GeneratedRegex(@"Details\?id=([0-9a-fA-F-]{36})")]
    private static partial Regex ReviewLink();
}
