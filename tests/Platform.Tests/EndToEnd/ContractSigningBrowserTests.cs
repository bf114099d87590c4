using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>
/// A.17–A.18 in Chromium: after approval (prepared through the public API), tenant, guarantor and KTK head each log
/// in with their AUTH .p12 and sign the contract on /Contracts with their signing .p12, in order; a citizen then
/// checks the downloaded PDF and CMS on /Verify.
/// </summary>
public sealed class ContractSigningBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();
    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("rto-contract-");

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
    public async Task Tenant_guarantor_and_head_sign_the_contract_in_order_and_the_public_verifier_shows_three_ledger_proofs()
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

        // A.18: the tenant downloads the PDF and the three CMS through the API (same session cookie) and a citizen
        // checks them on the public verifier: three passed signatures, each with a verified ledger proof, IINs masked.
        var pdfPath = await DownloadAsync(last, $"/api/contracts/{id}/pdf", "contract.pdf");
        var cmsPaths = new List<string>();
        for (var step = 0; step < 3; step++) cmsPaths.Add(await DownloadAsync(last, $"/api/contracts/{id}/signatures/{step}/cms", $"{step}.p7s"));

        await using var citizen = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var verify = await citizen.NewPageAsync();
        await verify.GotoAsync("/Verify");
        await verify.ClickAsync("#lang-en");
        await verify.SetInputFilesAsync("#document", pdfPath);
        await verify.SetInputFilesAsync("#signatures", cmsPaths);
        await verify.ClickAsync("#verify-submit");
        await verify.WaitForSelectorAsync("#verify-report");
        Assert.Contains("TOTAL_PASSED", await verify.InnerTextAsync("#verify-indication"));
        Assert.Equal(3, await verify.Locator("article.signature[data-indication=TOTAL_PASSED]").CountAsync());
        Assert.Equal(["tenant", "guarantor", "ktk-head"], await verify.Locator(".ledger-role").AllInnerTextsAsync());
        Assert.Equal(3, await verify.Locator(".ledger-status.verified").CountAsync());
        var shownIins = await verify.Locator(".signer-iin").AllInnerTextsAsync();
        Assert.Equal(3, shownIins.Count);
        Assert.All(shownIins, iin => Assert.Matches(@"^\d{2}\*{6}\d{4}$", iin.Trim()));
        var content = await verify.ContentAsync();
        foreach (var iin in await _app.WithDbAsync(db => db.ContractSignatures.Select(s => s.SignerIin).ToListAsync()))
        {
            Assert.DoesNotContain(iin, content);
        }
        await verify.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "24-contract-verified.png"), FullPage = true });
    }

    private async Task<string> DownloadAsync(IBrowserContext context, string url, string name)
    {
        var response = await context.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"GET {url} answered {response.Status}");
        var path = Path.Combine(_files.FullName, name);
        await File.WriteAllBytesAsync(path, await response.BodyAsync());
        return path;
    }

    public void Dispose()
    {
        _app.Dispose();
        try { _files.Delete(recursive: true); } catch (IOException) { }
    }
}
