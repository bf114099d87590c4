using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// Issue 16 §5 (A.9, Appendix): the tenant submits the application, then withdraws the personal-data consent in the
/// cabinet with a signed withdrawal (ledger <c>ConsentWithdrawn</c>); the officer's review stops: the application no
/// longer opens for the officer and the queue hides the tenant's IIN.
/// </summary>
public sealed class ConsentWithdrawnScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "consent-withdrawn";

    /// <inheritdoc />
    public string Description => "A.9, Appendix: the tenant withdraws the consent after submitting (signed, on the ledger); the officer's review stops";

    /// <inheritdoc />
    public string ExpectedOutcome => "review-stopped";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var p = new DemoParties(context.Url, context.Pki);
        await p.Officer.LoginAsync(ct);
        await p.Tenant.LoginAsync(ct);
        var id = await new DemoScenario(context.Url, context.DataDirectory, context.Log).SubmitApplicationAsync(p, ct);
        var details = $"Officer/Review/Details?id={id}";
        var before = (await p.Officer.Http.GetAsync(details, ct)).StatusCode;
        context.Log.WriteLine($"tenant submitted application {id}; the officer opens it: {(int)before}");

        // The tenant withdraws the live A.9 consent in the cabinet.
        var consents = await DemoUser.Json(await p.Tenant.Http.GetAsync("api/consents", ct), "tenant: consents", ct);
        var consent = consents.EnumerateArray().First(c => c.GetProperty("live").GetBoolean() && c.GetProperty("purpose").GetString() == "application");
        var consentId = consent.GetProperty("id").GetString()!;
        var form = await DemoUser.Json(await p.Tenant.Http.GetAsync($"api/consents/{consentId}/withdrawal?language=kk", ct), "tenant: withdrawal text", ct);
        var document = Convert.FromBase64String(form.GetProperty("document").GetString()!);
        await DemoUser.Json(await p.Tenant.Http.PostAsJsonAsync($"api/consents/{consentId}/withdrawal", new { language = "kk", cms = p.Tenant.Sign(document) }, ct),
            "tenant: withdrawal", ct);
        var after = (await DemoUser.Json(await p.Tenant.Http.GetAsync("api/consents", ct), "tenant: consents", ct)).EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == consentId);
        context.Log.WriteLine($"tenant withdrew consent {consentId} (ledger leaf {after.GetProperty("withdrawalLeafIndex")})");

        var afterStatus = (await p.Officer.Http.GetAsync(details, ct)).StatusCode;
        var queue = await p.Officer.PageAsync("Officer/Review", ct);
        var iinShown = queue.Contains(p.Tenant.Party.Iin, StringComparison.Ordinal);
        context.Log.WriteLine($"the officer opens it again: {(int)afterStatus}; tenant's IIN in the queue: {iinShown}");
        var stopped = before == HttpStatusCode.OK && afterStatus == HttpStatusCode.NotFound && !iinShown;
        return new JsonObject
        {
            ["outcome"] = stopped ? "review-stopped" : "review-continued",
            ["application"] = id,
            ["consent"] = consentId,
            ["withdrawalLeafIndex"] = after.GetProperty("withdrawalLeafIndex").ValueKind == JsonValueKind.Number ? after.GetProperty("withdrawalLeafIndex").GetInt64() : null,
            ["officerBefore"] = (int)before,
            ["officerAfter"] = (int)afterStatus,
            ["tenantIinInQueue"] = iinShown,
        };
    }
}
