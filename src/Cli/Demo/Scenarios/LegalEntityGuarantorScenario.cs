using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A.2.9, A.11–A.14: the tenant's income does not carry the payment; the officer asks for a guarantor and the tenant invites
/// the employer by BIN. An employee of the employer cannot act for it (no guarantor cabinet, and the employee's key is refused
/// for the head's signature); the employer's head consents (A.9), gives the organisation's questionnaire and documents
/// (A.8–A.10) and signs with the head's key (BIN + head role). The review runs again — EDS ownership of the organisation's
/// signature, the solvency counting the guarantor's income — and the officer approves.
/// </summary>
public sealed partial class LegalEntityGuarantorScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "legal-entity-guarantor";

    /// <inheritdoc />
    public string Description => "A.2.9, A.11–A.14: the employer guarantees by BIN, its head signs with the head's key (an employee's key is refused) → approved";

    /// <inheritdoc />
    public string ExpectedOutcome => "approved";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var log = context.Log;
        using var p = new DemoParties(context.Url, context.Pki);
        using var head = new DemoUser(context.Url, context.Pki, "employer-head");
        using var staff = new DemoUser(context.Url, context.Pki, "employer-staff");
        foreach (var u in new[] { p.Officer, p.Tenant }) await u.LoginAsync(ct);
        await DemoScenario.ImportListAsync(p.Officer, p.Tenant, log, ct);
        await DemoScenario.ApplyAsync(p.Tenant, null, ct, monthlyIncome: "120000", familyMembers: 1);
        await p.Tenant.FormAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        var id = ReviewLink().Match(await p.Officer.PageAsync("Officer/Review", ct)) is { Success: true } m ? m.Groups[1].Value
            : throw new DemoException("officer: the application is not in the review queue");
        var details = $"Officer/Review/Details?id={id}";
        var before = Solvency(await p.Officer.PageAsync(details, ct));
        log.WriteLine($"tenant applied on 120 000 ₸ a month and submitted; A.14 solvency: {before}");
        await p.Officer.FormAsync($"{details}&handler=RequestGuarantor", details,
            new Dictionary<string, string> { ["GuarantorReason"] = "The monthly payment exceeds the share of income the solvency check allows (A.14)." }, null, ct);

        // A.2.9, A.11: the employer, by BIN.
        var bin = head.Party.Bin ?? throw new DemoException("the demo PKI has no employer head with a BIN");
        await p.Tenant.FormAsync("Tenant/Application?handler=InviteOrganisation", "Tenant/Application", new Dictionary<string, string> { ["GuarantorBin"] = bin }, null, ct);
        log.WriteLine($"officer asked for a guarantor; the tenant invited the employer, BIN {bin}");

        // An employee of the employer has no guarantor cabinet: the login grants nothing to a key without the head role.
        string staffLogin;
        try
        {
            await staff.LoginAsync(ct);
            staffLogin = (await staff.Http.GetAsync("Guarantor", ct)).IsSuccessStatusCode ? "guarantor cabinet opened" : "no guarantor cabinet";
        }
        catch (DemoException e)
        {
            staffLogin = "refused: " + e.Message;
        }

        log.WriteLine($"the employer's employee: {staffLogin}");

        await head.LoginAsync(ct);
        await DemoScenario.GuarantorPreparesAsync(head, id, organisation: true, ct, monthlyIncome: "5000000");
        // The head's signature made with the employee's key (same BIN, no head role) is refused with the reason.
        var (document, submitUrl) = await head.WidgetAsync("Guarantor", ct);
        var wrong = await head.Http.PostAsJsonAsync(submitUrl, new { cms = staff.Sign(document) }, ct);
        var employeeKey = await wrong.Content.ReadAsStringAsync(ct);
        log.WriteLine($"signature with the employee's key: {(int)wrong.StatusCode}");
        await head.SignWidgetAsync("Guarantor", null, ct);
        log.WriteLine("the employer's head consented, gave the questionnaire and documents, and signed with the head's key");

        var review = await p.Officer.PageAsync(details, ct); // the checks run again: a signature arrived since
        var after = Solvency(review);
        var eds = GuarantorEds().Match(review) is { Success: true } e2 ? e2.Groups[1].Value : "not run";
        await DemoScenario.ApproveAsync(p.Officer, id, log, ct); // A.15–A.16: overrides with a reason, the approval signed with EDS
        var approved = (await p.Tenant.PageAsync("Tenant/Application", ct)).Contains("id=\"app-approved\"", StringComparison.Ordinal);
        log.WriteLine(approved ? "officer approved" : "the application was not approved");
        return new JsonObject
        {
            ["outcome"] = approved ? "approved" : "not-approved",
            ["guarantorBin"] = bin,
            ["solvencyBefore"] = before,
            ["employeeLogin"] = staffLogin,
            ["employeeKeyStatus"] = (int)wrong.StatusCode,
            ["employeeKeyReason"] = ProblemDetail(employeeKey),
            ["guarantorEdsCheck"] = eds,
            ["solvencyAfter"] = after,
        };
    }

    private static string ProblemDetail(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["detail"]?.GetValue<string>() ?? body;
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
    }

    private static string Solvency(string review) =>
        SolvencyRow().Match(review) is { Success: true } m ? m.Groups[1].Value : "not run";

    [GeneratedRegex(@"Details\?id=([0-9a-fA-F-]{36})")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("data-kind=\"Solvency\" data-subject=\"tenant\" data-outcome=\"(\\w+)\"")]
    private static partial Regex SolvencyRow();

    [GeneratedRegex("data-kind=\"EdsOwnership\" data-subject=\"guarantor 1\" data-outcome=\"(\\w+)\"")]
    private static partial Regex GuarantorEds();
}
