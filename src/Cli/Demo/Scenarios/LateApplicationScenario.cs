using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A.7: the recipient gets 15 calendar days from the SMS to submit the application and documents. The tenant prepares
/// everything, the legal calendar moves 16 days on (Development's adjustable calendar), and the submission is refused
/// with the day the window closed; the officer's list shows the recipient as having missed it.
/// </summary>
public sealed partial class LateApplicationScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "late-application";

    /// <inheritdoc />
    public string Description => "A.7: a submission 16 days after the SMS is refused with the day the 15-calendar-day window closed";

    /// <inheritdoc />
    public string ExpectedOutcome => "refused";

    /// <inheritdoc />
    public IReadOnlyList<string> Settings => ["--Dev:AdjustableCalendar=true"];

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var p = new DemoParties(context.Url, context.Pki);
        await p.Officer.LoginAsync(ct);
        await p.Tenant.LoginAsync(ct);
        await DemoScenario.ImportListAsync(p.Officer, p.Tenant, context.Log, ct);
        await DemoScenario.ApplyAsync(p.Tenant, p.Spouse, ct);
        context.Log.WriteLine("tenant consented, filled in the questionnaire and attached the documents, but did not submit");

        var moved = await DemoUser.Json(await p.Officer.Http.PostAsync("api/dev/calendar/advance?days=16", null, ct), "officer: advance the legal calendar", ct);
        var today = moved.GetProperty("today").GetString();
        context.Log.WriteLine($"16 calendar days pass: today is {today}");

        var (status, html) = await p.Tenant.FormResultAsync("Tenant/Application?handler=Submit", "Tenant/Application", new Dictionary<string, string>(), null, ct);
        var message = Message().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";
        var closedOn = ClosedOn().Match(message) is { Success: true } d ? d.Groups[1].Value : null;
        context.Log.WriteLine($"tenant submits: {status} {message}");

        // The officer sees who missed the window on the list's page.
        var lists = await p.Officer.PageAsync("Officer/RecipientLists", ct);
        var listId = ListLink().Match(lists) is { Success: true } l ? l.Groups[1].Value : throw new DemoException("officer: the list is not shown");
        var details = await p.Officer.PageAsync($"Officer/RecipientLists/Details?id={listId}", ct);
        var missed = details.Contains("data-state=\"missed\"", StringComparison.Ordinal);
        return new JsonObject
        {
            ["outcome"] = status >= 400 && closedOn is not null ? "refused" : "submitted",
            ["status"] = status,
            ["reason"] = message,
            ["windowClosedOn"] = closedOn,
            ["today"] = today,
            ["officerSeesMissed"] = missed,
        };
    }

    [GeneratedRegex("id=\"app-message\">([^<]*)<")]
    private static partial Regex Message();

    [GeneratedRegex(@"\(A\.7\)\D*(\d{4}-\d{2}-\d{2})")] // the refusal in any language: "(A.7) closed on 2026-…", "(A.7) 2026-… аяқталды"
    private static partial Regex ClosedOn();

    [GeneratedRegex(@"RecipientLists/Details\?id=([0-9a-fA-F-]{36})")]
    private static partial Regex ListLink();
}
