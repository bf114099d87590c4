using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// Seed 000 (Constitutional Court resolution No. 41-NP): nobody is deprived of housing without a court decision, and the
/// decision is not taken on KTK's word. The lease is signed and registered (A.5–A.25); the officer then records an
/// involuntary termination citing a case the court-records service does not know: it is refused, nothing is recorded.
/// </summary>
public sealed partial class CourtUnverifiedScenario : INamedScenario
{
    private static readonly byte[] Decision = "%PDF-1.4\n% a court decision nobody registered (rto demo)\n%%EOF\n"u8.ToArray();

    /// <inheritdoc />
    public string Name => "court-unverified";

    /// <inheritdoc />
    public string Description => "seed 000: an involuntary termination citing a case unknown to the court-records service is refused";

    /// <inheritdoc />
    public string ExpectedOutcome => "refused";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var p = new DemoParties(context.Url, context.Pki);
        var contract = await new DemoScenario(context.Url, context.DataDirectory, context.Log).SignContractAsync(p, ct);
        var leaseId = Guid.Parse(contract.Id);
        await p.Registrar.LoginAsync(ct);
        var registration = await new LifecycleScenario(context.Url, context.DataDirectory, DemoLedger.Embedded, context.Log).RegisterLeaseAsync(p, leaseId, contract, ct);
        context.Log.WriteLine($"lease encumbrance: {registration}");

        var token = Token().Match(await p.Officer.PageAsync("Officer/RecipientLists", ct)) is { Success: true } m ? m.Groups[1].Value
            : throw new DemoException("officer: no anti-forgery token");
        var decisionDate = contract.View.GetProperty("startDate").GetString()!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Astana city specialised inter-district civil court"), "courtName" },
            { new StringContent("2-404/2026"), "caseNumber" },
            { new StringContent(decisionDate), "decisionDate" },
            { new StringContent("arrears of 6 monthly payments"), "ground" },
        };
        var file = new ByteArrayContent(Decision);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "decision", "decision.pdf");
        var r = await p.Officer.Http.PostAsync($"api/term/{leaseId}/terminations/involuntary", form, ct);
        var text = await r.Content.ReadAsStringAsync(ct);
        JsonElement? problem = r.IsSuccessStatusCode ? null : JsonDocument.Parse(text).RootElement;
        var reason = problem is { } p1 && p1.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : r.IsSuccessStatusCode ? "" : text;
        var code = problem is { } p2 && p2.TryGetProperty("code", out var c) ? c.GetString() : null;
        context.Log.WriteLine($"officer records the termination on case 2-404/2026: {(int)r.StatusCode} {reason}");

        var recorded = await DemoUser.Json(await p.Officer.Http.GetAsync($"api/term/{leaseId}/terminations", ct), "officer: terminations", ct);
        var refused = (int)r.StatusCode == 422 && code == "term.refused.court_mismatch"; // the court-records service does not confirm it
        return new JsonObject
        {
            ["outcome"] = refused ? "refused" : r.IsSuccessStatusCode ? "recorded" : "error",
            ["registration"] = registration,
            ["status"] = (int)r.StatusCode,
            ["reason"] = reason,
            ["terminationsRecorded"] = recorded.GetArrayLength(),
        };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
