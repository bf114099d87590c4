using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>Login failures are shown in the page, in the user's language, and nothing is signed in.</summary>
public sealed class TenantLoginBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    [Fact]
    public async Task Wrong_password_and_signing_key_are_refused_then_the_AUTH_key_logs_in_and_the_consent_is_signed()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login?lang=en");

        await page.ClickAsync("#login-p12");
        Assert.Equal("Choose a key file.", await page.InnerTextAsync("#login-status"));

        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant"));
        await page.FillAsync("#p12-password", "wrong");
        await page.ClickAsync("#login-p12");
        await page.WaitForFunctionAsync("() => document.querySelector('#login-status').textContent.includes('password')");

        // A signing (non-AUTH) key: the server refuses it.
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant", "sign"));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ClickAsync("#login-p12");
        await page.WaitForFunctionAsync("() => document.querySelector('#login-status').textContent.includes('Authentication')");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "10-login-refused.png"), FullPage = true });

        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant"));
        await page.ClickAsync("#login-p12");
        await page.WaitForURLAsync(_app.BaseUrl + "/Tenant/Consent"); // no consent yet (A.9)
        Assert.Equal(DemoKeys.Party(_app.PkiDirectory, "tenant").Name, (await page.InnerTextAsync("#who")).Trim());

        // A.9: the consent form is signed in the page with the tenant's SIGNING .p12, then the application opens.
        Assert.Contains("CONSENT TO THE COLLECTION", await page.InnerTextAsync("#consent-form")); // the ?lang=en of the login page is remembered (cookie)
        await page.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant", "sign"));
        await page.FillAsync("#sign-p12-password", "Qwerty12");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "12-consent.png"), FullPage = true });
        await page.ClickAsync("#sign-p12");
        await page.WaitForURLAsync(_app.BaseUrl + "/Tenant/Application");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Draft", (await page.InnerTextAsync("#app-status")).Trim());
        await page.FillAsync("#Employer", "Astana School 12");
        await page.FillAsync("#Position", "Teacher");
        await page.FillAsync("#MonthlyIncome", "450000");
        await page.ClickAsync("#app-save");
        Assert.Equal("OK", (await page.InnerTextAsync("#app-message")).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "13-application.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
