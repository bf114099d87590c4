using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// A.19–A.25 in Chromium: KTK has formed the application from the signed contract and the registrar's verdict is
/// attached (set up through the API); the tenant logs in with the AUTH .p12, gives the ДҚБ consent and signs the
/// application with the signing .p12 on /Tenant/Registration, pays the fee at the sandbox checkout, and watches the
/// application reach REGISTERED (the acquirer's signed callback and the cadastre simulator run for real).
/// </summary>
public sealed class RegistrationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    [Fact]
    public async Task Tenant_consents_signs_and_pays_in_the_browser_and_sees_REGISTERED()
    {
        await Infrastructure.TestWaits.DemoUsersAsync(_app);
        var flow = new RegistrationFlow(_app);
        var lease = await SignedLeases.CreateAsync(_app, flow, "21-320-101-501");
        var id = await flow.FormAsync(lease);
        await flow.RecordVerdictAsync(id.ToString());

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/Login?lang=en");
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant"));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ClickAsync("#login-p12");
        await page.WaitForURLAsync(new Regex("^(?!.*/Login).*$"));

        await page.GotoAsync($"/Tenant/Registration?id={id}");
        Assert.Equal("AwaitingTenant", await page.GetAttributeAsync("#registration-status", "data-status"));
        foreach (var step in new[] { "consent", "form" })
        {
            await page.WaitForSelectorAsync($"#registration-action[data-step={step}]");
            await page.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, "tenant", "sign"));
            await page.FillAsync("#sign-p12-password", "Qwerty12");
            await page.ClickAsync("#sign-p12");
            await page.WaitForFunctionAsync($"() => !document.querySelector('#registration-action[data-step={step}]')");
        }

        // A.22: the tenant has signed; KTK's authorised person certifies the application on the officer's page, in the browser.
        await page.ReloadAsync();
        Assert.Equal("AwaitingKtk", await page.GetAttributeAsync("#registration-status", "data-status"));
        await using (var officerContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl }))
        {
            var officer = await officerContext.NewPageAsync();
            officer.SetDefaultTimeout(60_000);
            await officer.GotoAsync($"/test-login/{flow.Iin("ktk-officer")}");
            await officer.GotoAsync($"/Officer/Registrations?id={id}&lang=en");
            await officer.WaitForSelectorAsync("[data-step=ktk-signature] >> nth=0");
            await officer.WaitForSelectorAsync("#eds-sign");
            await officer.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, "ktk-officer", "sign"));
            await officer.FillAsync("#sign-p12-password", "Qwerty12");
            await officer.ClickAsync("#sign-p12");
            Assert.True(await Infrastructure.TestWaits.UntilAsync(async () => !(await flow.ViewAsync(id, "ktk-officer")).Missing.Contains("ktk-signature")),
                "KTK's certification signed in the browser was not accepted");
        }

        await page.ReloadAsync();
        Assert.Equal("AwaitingFee", await page.GetAttributeAsync("#registration-status", "data-status"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "40-registration-fee.png"), FullPage = true });
        await page.ClickAsync("#registration-pay");
        await page.WaitForSelectorAsync("#checkout-pay");
        Assert.Contains("4,325.00", await page.InnerTextAsync("#checkout-amount"));
        await page.ClickAsync("#checkout-pay");
        await page.WaitForSelectorAsync("#checkout-status[data-status=Paid]");
        await page.ClickAsync("#checkout-back");

        // The acquirer confirms asynchronously; the cadastre decides; the page shows the result on reload.
        for (var i = 0; i < 60; i++)
        {
            if (await page.GetAttributeAsync("#registration-status", "data-status") == "REGISTERED") break;
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        Assert.Equal("REGISTERED", await page.GetAttributeAsync("#registration-status", "data-status"));
        Assert.True(await page.Locator("#registration-entry").IsVisibleAsync());
        Assert.True(await page.Locator("#registration-timeline tr[data-code=REGISTERED]").CountAsync() >= 1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "41-registration-registered.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
