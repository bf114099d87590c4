using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>
/// A.16 in Chromium: the officer refuses a submitted application with reasons, KTK's head signs the refusal on /Head
/// with the in-page .p12 signer, and the tenant then reads the signed refusal in their cabinet.
/// </summary>
public sealed class RefusalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Reasons = "Income below the programme threshold (A.16 test).";
    private readonly KestrelPlatform _app = new();

    private async Task<IPage> LoginAsync(IBrowserContext context, string role)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login?lang=en");
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, role));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ClickAsync("#login-p12");
        await page.WaitForURLAsync(new Regex("^(?!.*/Login).*$"));
        return page;
    }

    private Task<ApplicationStatus> StatusAsync(Guid id) =>
        _app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    [Fact]
    public async Task Officer_refuses_with_reasons_head_signs_the_refusal_and_the_tenant_sees_it_in_the_browser()
    {
        var id = await new ApplicationFlow(_app, _app.PkiDirectory).SubmittedApplicationAsync();

        await using (var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl }))
        {
            var officer = await LoginAsync(context, "ktk-officer");
            await officer.GotoAsync($"/Officer/Review/Details?id={id}");
            await officer.FillAsync("#Reasons", Reasons);
            await officer.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "30-refusal-officer.png"), FullPage = true });
            await officer.ClickAsync("#refuse");
            await officer.WaitForSelectorAsync("#decision-message");
        }
        // A.16: a refusal takes effect only once KTK's head has signed it.
        Assert.Equal(ApplicationStatus.RefusalPending, await StatusAsync(id));

        await using (var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl }))
        {
            var head = await LoginAsync(context, "ktk-head");
            await head.GotoAsync("/Head");
            Assert.Contains(Reasons, await head.InnerTextAsync($"section.refusal[data-application=\"{id}\"]"));
            await head.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, "ktk-head", "sign"));
            await head.FillAsync("#sign-p12-password", "Qwerty12");
            await head.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "31-refusal-head.png"), FullPage = true });
            await head.ClickAsync("#sign-p12");
            await head.WaitForFunctionAsync($"() => document.querySelectorAll('section.refusal[data-application=\"{id}\"]').length === 0");
        }
        Assert.Equal(ApplicationStatus.Refused, await StatusAsync(id));
        Assert.NotNull(await _app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.RefusalSignatureCms).SingleAsync()));

        await using (var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl }))
        {
            var tenant = await LoginAsync(context, "tenant");
            await tenant.GotoAsync("/Tenant/Application?lang=en");
            Assert.Equal("Refused", (await tenant.InnerTextAsync("#app-status")).Trim());
            Assert.Contains(Reasons, await tenant.InnerTextAsync("#refusal"));
            Assert.NotNull(await tenant.QuerySelectorAsync("#receipts tr[data-kind=\"RefusalSigned\"]")); // the head's signature is on the ledger
            await tenant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "32-refusal-tenant.png"), FullPage = true });
        }
    }

    public void Dispose() => _app.Dispose();
}
