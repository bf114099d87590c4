using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>Login failures are shown in the page, in the user's language, and nothing is signed in.</summary>
public sealed class TenantLoginBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    [Fact]
    public async Task Wrong_password_and_signing_key_are_refused_then_the_AUTH_key_logs_in()
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
        await page.WaitForURLAsync(_app.BaseUrl + "/");
        Assert.Equal(DemoKeys.Party(_app.PkiDirectory, "tenant").Name, (await page.InnerTextAsync("#who")).Trim());
    }

    public void Dispose() => _app.Dispose();
}
