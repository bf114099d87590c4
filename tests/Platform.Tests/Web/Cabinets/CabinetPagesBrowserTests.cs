using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Web.Cabinets;

/// <summary>
/// Issue 14 §1: every cabinet page of every role, on a phone (390×844) and a desktop (1280×900), has no horizontal
/// scrolling, no code-name labels (CamelCase identifiers, legal point numbers in the navigation) and no serious or
/// critical WCAG 2.1 AA violation found by axe-core. Screenshots go to TestResults/platform-e2e/cabinets/.
/// </summary>
public sealed partial class CabinetPagesBrowserTests(BrowserFixture browser, CabinetPagesFixture site)
    : IClassFixture<BrowserFixture>, IClassFixture<CabinetPagesFixture>
{
    // Values typed in by the seeded users (an employer's name), not labels of ours.
    private static readonly HashSet<string> UserData = ["KazPost"];

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex CodeName();

    // Links and paths in messages (e.g. an SMS's /VideoSessions/Room/… link) are addresses, not labels.
    [GeneratedRegex(@"(?:https?://|/)[^\s]*")]
    private static partial Regex Address();

    [GeneratedRegex(@"\bA\.\d")]
    private static partial Regex LegalPoint();

    [Fact]
    public void Every_razor_page_has_a_visit_plan()
    {
        var pages = CabinetPagePlan.PageRoutes(site.App.Services);
        Assert.Contains("/Tenant/Application", pages); // the endpoint data sources were read
        Assert.Empty(pages.Except(CabinetPagePlan.Visits.Keys).Order());
        Assert.Empty(CabinetPagePlan.Visits.Keys.Except(pages).Order());
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task Every_cabinet_page_fits_the_screen_has_human_labels_and_passes_axe_core(string name, int width, int height)
    {
        var problems = new List<string>();
        var shots = Path.Combine(BrowserFixture.ScreenshotDirectory, "cabinets");
        Directory.CreateDirectory(shots);
        foreach (var group in CabinetPagePlan.For(site.Data).GroupBy(v => v.Role))
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = site.App.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, BypassCSP = true, Locale = "en-US",
            });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/language/en?returnUrl=%2F");
            if (group.Key != CabinetPagePlan.Anonymous)
            {
                var login = await page.GotoAsync($"/test-login/{DemoKeys.Party(site.App.PkiDirectory, group.Key).Iin}");
                Assert.Equal(200, login!.Status);
            }

            foreach (var (visit, i) in group.Select((v, i) => (v, i)))
            {
                var response = await page.GotoAsync(visit.Url);
                await page.WaitForLoadStateAsync(LoadState.Load);
                var where = $"{name} {visit.Role} {visit.Url}";
                var expected = visit.Page == "/Forbidden" ? 403 : 200; // the refusal page says so in its status too
                if (response?.Status != expected) problems.Add($"{where}: HTTP {response?.Status}, expected {expected}");
                var path = Regex.Replace(visit.Url.Split('?')[0].Trim('/'), "[^A-Za-z0-9]+", "-");
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}-{visit.Role}-{(path.Length > 0 ? path : "home")}{(visit.Url.Contains('?') ? "-" + i : "")}.png"), FullPage = true });
                problems.AddRange((await CheckAsync(page)).Select(p => $"{where}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join("\n", problems));
    }

    private async Task<List<string>> CheckAsync(IPage page)
    {
        var problems = new List<string>();
        var overflow = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (overflow[0] > overflow[1]) problems.Add($"horizontal overflow: scrollWidth {overflow[0]} > innerWidth {overflow[1]}");

        var text = Address().Replace(await page.EvaluateAsync<string>("() => document.body.innerText"), " ");
        foreach (var word in CodeName().Matches(text).Select(m => m.Value).Distinct().Where(w => !UserData.Contains(w)))
        {
            problems.Add($"code-name label \"{word}\"");
        }

        var nav = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('nav')].map(n => n.textContent).join(' ')");
        if (LegalPoint().Match(nav) is { Success: true } point) problems.Add($"legal point number in the navigation: \"{point.Value}…\"");

        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'")) await page.AddScriptTagAsync(new() { Content = site.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')})`)
            """);
        problems.AddRange(violations.EnumerateArray().Select(v => "axe " + v.GetString()));
        return problems;
    }
}
