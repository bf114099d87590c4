using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A.11–A.14: the tenant applies without a guarantor on an income the A.14 solvency check finds insufficient; the officer
/// asks for a guarantor (A.11); the tenant invites one after submission; the guarantor (and the spouse, again, over the
/// amended application) sign (A.12); the review resumes with the checks run again, and the officer approves.
/// </summary>
public sealed partial class GuarantorAfterReviewScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "guarantor-after-review";

    /// <inheritdoc />
    public string Description => "A.11–A.14: insufficient solvency → the officer asks for a guarantor → the tenant brings one → approved";

    /// <inheritdoc />
    public string ExpectedOutcome => "approved";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var log = context.Log;
        using var p = new DemoParties(context.Url, context.Pki);
        foreach (var u in new[] { p.Officer, p.Tenant, p.Guarantor, p.Spouse }) await u.LoginAsync(ct);
        await DemoScenario.ImportListAsync(p.Officer, p.Tenant, log, ct);
        await DemoScenario.ApplyAsync(p.Tenant, p.Spouse, ct, monthlyIncome: "120000");
        await p.Tenant.FormAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        await SpouseSignsAsync(p, ct);
        log.WriteLine("tenant applied on 120 000 ₸ a month without a guarantor and submitted; the spouse signed");

        var id = ReviewLink().Match(await p.Officer.PageAsync("Officer/Review", ct)) is { Success: true } m ? m.Groups[1].Value
            : throw new DemoException("officer: the application is not in the review queue");
        var details = $"Officer/Review/Details?id={id}";
        var before = Solvency(await p.Officer.PageAsync(details, ct));
        log.WriteLine($"A.14 solvency: {before}");
        await p.Officer.FormAsync($"{details}&handler=RequestGuarantor", details,
            new Dictionary<string, string> { ["GuarantorReason"] = "The monthly payment exceeds the share of income the solvency check allows (A.14)." }, null, ct);
        var tenantPage = await p.Tenant.PageAsync("Tenant/Application", ct);
        var asked = tenantPage.Contains("id=\"guarantor-requested\"", StringComparison.Ordinal);
        log.WriteLine($"officer asked for a guarantor; the tenant {(asked ? "sees" : "does NOT see")} the request");

        await p.Tenant.FormAsync("Tenant/Application?handler=Invite", "Tenant/Application", new Dictionary<string, string> { ["GuarantorIin"] = p.Guarantor.Party.Iin }, null, ct);
        await DemoScenario.GuarantorPreparesAsync(p.Guarantor, id, organisation: false, ct); // A.12: consent, questionnaire, documents
        await p.Guarantor.SignWidgetAsync("Guarantor", null, ct);
        await SpouseSignsAsync(p, ct);
        log.WriteLine("tenant invited the guarantor after submission; the guarantor consented, gave the questionnaire and documents and signed, the spouse signed the amended application");

        var review = await p.Officer.PageAsync(details, ct); // the checks run again: signatures arrived since
        var after = Solvency(review);
        var guarantorChecks = GuarantorCheck().Matches(review).Count;
        await DemoScenario.ApproveAsync(p.Officer, id, log, ct); // A.16: signed with the officer's EDS
        try
        {
            // A.17: approval offers a flat of KTK's stock; the contract is drafted once the tenant accepts it.
            await new DemoScenario(context.Url, context.DataDirectory, log).AcceptFlatAsync(p.Tenant, ct);
        }
        catch (DemoException e)
        {
            log.WriteLine($"no flat accepted: {e.Message}");
        }

        var contracts = await DemoUser.Json(await p.Tenant.Http.GetAsync("api/contracts", ct), "tenant: contracts", ct);
        var approved = contracts.GetArrayLength() == 1;
        log.WriteLine(approved ? $"officer approved; contract {contracts[0].GetProperty("number").GetString()} drafted" : "no contract was drafted");
        return new JsonObject
        {
            ["outcome"] = approved ? "approved" : "not-approved",
            ["solvencyBefore"] = before,
            ["guarantorRequested"] = asked,
            ["guarantorChecks"] = guarantorChecks,
            ["solvencyAfter"] = after,
            ["contract"] = approved ? contracts[0].GetProperty("number").GetString() : null,
        };
    }

    private static async Task SpouseSignsAsync(DemoParties p, CancellationToken ct)
    {
        if (await p.Spouse.Http.GetAsync("Spouse", ct) is { IsSuccessStatusCode: true } r && (await r.Content.ReadAsStringAsync(ct)).Contains("data-submit-url", StringComparison.Ordinal))
        {
            await p.Spouse.SignWidgetAsync("Spouse", null, ct);
        }
    }

    private static string Solvency(string review) =>
        SolvencyRow().Match(review) is { Success: true } m ? m.Groups[1].Value : "not run";

    [GeneratedRegex(@"Details\?id=([0-9a-fA-F-]{36})")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("data-kind=\"Solvency\" data-subject=\"tenant\" data-outcome=\"(\\w+)\"")]
    private static partial Regex SolvencyRow();

    [GeneratedRegex("data-subject=\"guarantor 1\"")]
    private static partial Regex GuarantorCheck();
}
