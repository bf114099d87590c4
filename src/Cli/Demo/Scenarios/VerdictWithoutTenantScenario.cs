using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A.21: the contract is signed and the registration application formed and signed, but the tenant never joins the
/// registrar's video session; everyone else joins and proves their identity. No verdict can be signed (409), so nothing
/// goes to the cadastre. Outcome <c>refused</c>.
/// </summary>
public sealed class VerdictWithoutTenantScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "verdict-without-tenant";

    /// <inheritdoc />
    public string Description => "A.21: the tenant never joins the video session, so the registrar cannot sign a verdict (refused)";

    /// <inheritdoc />
    public string ExpectedOutcome => "refused";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var p = new DemoParties(context.Url, context.Pki);
        var contract = await new DemoScenario(context.Url, context.DataDirectory, context.Log).SignContractAsync(p, ct);
        await p.Registrar.LoginAsync(ct);
        var lifecycle = new LifecycleScenario(context.Url, context.DataDirectory, DemoLedger.Embedded, context.Log);
        var registration = await lifecycle.FormAndSignAsync(p, p.Tenant, Guid.Parse(contract.Id), ct);
        var (status, body) = await lifecycle.VerdictWithoutAsync(p, registration, p.Tenant, ct);
        context.Log.WriteLine($"registrar: prepare the verdict → {status}");
        var view = await DemoUser.Json(await p.Officer.Http.GetAsync($"api/registrations/{registration}", ct), "officer: registration", ct);
        return new JsonObject
        {
            ["outcome"] = status == 409 ? "refused" : status == 200 ? "verdict-prepared" : $"http-{status}",
            ["httpStatus"] = status,
            ["reason"] = Detail(body),
            ["registration"] = view.GetProperty("status").GetString(),
        };
    }

    /// <summary>The problem's <c>detail</c>, else the body itself.</summary>
    internal static string Detail(string body)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? body : body;
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
    }
}
