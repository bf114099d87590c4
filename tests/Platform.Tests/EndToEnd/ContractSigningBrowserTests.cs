using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>
/// A.17–A.18 in Chromium: after approval (prepared through the public API), tenant, guarantor and KTK head each log
/// in with their AUTH .p12 and sign the contract on /Contracts with their signing .p12, in order.
/// </summary>
public sealed class ContractSigningBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
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

    [Fact]
    public async Task Tenant_guarantor_and_head_sign_the_contract_in_order_in_the_browser()
    {
        await new ApplicationFlow(_app, _app.PkiDirectory).ApprovedApplicationAsync();
        var id = await _app.WithDbAsync(db => db.Leases.Select(l => l.Id).SingleAsync());

        var n = 20;
        foreach (var role in new[] { "tenant", "guarantor", "ktk-head" })
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
            var page = await LoginAsync(context, role);
            await page.GotoAsync($"/Contracts?id={id}");
            await page.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, role, "sign"));
            await page.FillAsync("#sign-p12-password", "Qwerty12");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{n++}-contract-{role}.png"), FullPage = true });
            await page.ClickAsync("#sign-p12");
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('#contract-signatures li[data-role=\"{role}\"]').length === 1");
        }

        await using var last = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var tenant = await LoginAsync(last, "tenant");
        await tenant.GotoAsync($"/Contracts?id={id}");
        Assert.Equal(1, await tenant.Locator("#contract-complete").CountAsync());
        Assert.Equal(["tenant", "guarantor", "ktk-head"], await tenant.Locator("#contract-signatures li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.role)"));
        await tenant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "23-contract-signed.png"), FullPage = true });
        Assert.Equal(3, await _app.WithDbAsync(db => db.ContractSignatures.CountAsync()));
    }

    public void Dispose() => _app.Dispose();
}
