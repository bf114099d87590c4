using Microsoft.Playwright;
using RentToOwn.Platform.Signing.EgovMobile.StandIn;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Signing.EgovMobile;

/// <summary>Issue 14 "done when": in Chromium, the tenant signs the contract (A.18) with the eGov mobile stand-in from the QR shown on the page.</summary>
public sealed class EgovMobileBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    [Fact]
    public async Task A18_tenant_signs_the_contract_from_the_QR_on_the_page_and_the_page_shows_the_signature()
    {
        var flow = new ApplicationFlow(_app, _app.PkiDirectory);
        await flow.ApprovedApplicationAsync();
        var tenantIin = DemoKeys.Party(_app.PkiDirectory, "tenant").Iin;

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/test-login/{tenantIin}");
        await page.GotoAsync("/Contracts");
        await page.ClickAsync("#contracts a");
        await page.WaitForSelectorAsync("#contract");
        Assert.Equal(0, await page.Locator("#contract-signatures li").CountAsync());

        await page.ClickAsync("#sign-egov");
        var qrBox = page.Locator("#eds-sign [data-role=egov-qr][data-qr]");
        await qrBox.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await page.Locator("#eds-sign [data-role=egov-qr] img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        var qr = (await qrBox.GetAttributeAsync("data-qr"))!;
        Assert.StartsWith("https://mgovsign.page.link/", await qrBox.Locator("a").GetAttributeAsync("href"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "70-egov-mobile-qr.png"), FullPage = true });

        // The stand-in phone scans the QR; the page notices by itself, submits the CMS and reloads with the signature.
        using var http = new HttpClient();
        var phone = await new EgovMobilePhone(http, DemoKeys.Load(_app.PkiDirectory, "tenant", "sign"), TimeProvider.System).SignAsync(qr);
        Assert.True(phone.Succeeded, phone.Error);
        await page.Locator("#contract-signatures li").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(1, await page.Locator("#contract-signatures li").CountAsync());
        Assert.Equal(0, await page.Locator("#sign-egov").CountAsync()); // the tenant's turn is over
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "71-egov-mobile-signed.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
