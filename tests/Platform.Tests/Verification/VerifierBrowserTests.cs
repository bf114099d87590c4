using Microsoft.Playwright;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>A.18 in Chromium: a citizen uploads the contract and its signature files on /Verify and reads the report.</summary>
public sealed class VerifierBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();
    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("rto-verify-");

    [Fact]
    public async Task Uploading_a_signed_contract_shows_passed_signatures_with_ledger_proofs_and_offers_the_bundle()
    {
        var pdf = SignedContract.Pdf("contract browser-1");
        var tenant = SignedContract.Sign(_app, pdf, "tenant");
        var guarantor = SignedContract.Sign(_app, pdf, "guarantor");
        await SignedContract.AppendAsync(_app, "contract-browser-1", pdf, tenant, "tenant");
        await SignedContract.AppendAsync(_app, "contract-browser-1", pdf, guarantor, "guarantor");
        var pdfPath = Save("contract.pdf", pdf);
        var tenantPath = Save("tenant.cms", tenant);
        var guarantorPath = Save("guarantor.cms", guarantor);

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-verify"); // reachable from every page, no login
        await page.WaitForURLAsync(_app.BaseUrl + "/Verify");
        await page.ClickAsync("#lang-en");
        await page.SetInputFilesAsync("#document", pdfPath);
        await page.SetInputFilesAsync("#signatures", new[] { tenantPath, guarantorPath });
        await page.ClickAsync("#verify-submit");
        await page.WaitForSelectorAsync("#verify-report");

        Assert.Contains("TOTAL_PASSED", await page.InnerTextAsync("#verify-indication"));
        Assert.Equal(2, await page.Locator("article.signature[data-indication=TOTAL_PASSED]").CountAsync());
        Assert.Equal(["90******0120", "85******0344"], await page.Locator(".signer-iin").AllInnerTextsAsync());
        Assert.Equal(["tenant", "guarantor"], await page.Locator(".ledger-role").AllInnerTextsAsync());
        Assert.Equal(2, await page.Locator(".ledger-status.verified").CountAsync());
        Assert.DoesNotContain("900501300120", await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "60-verifier-report.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".bundle-download").First.ClickAsync());
        var saved = Path.Combine(_files.FullName, "bundle.json");
        await download.SaveAsAsync(saved);
        Assert.Equal("tenant", BundleJson.Deserialize(await File.ReadAllTextAsync(saved)).Record.Role);

        // The downloaded bundle, uploaded back with the PDF, verifies.
        await page.SetInputFilesAsync("#document", pdfPath);
        await page.SetInputFilesAsync("#bundle", saved);
        await page.ClickAsync("#verify-submit");
        await page.WaitForSelectorAsync("#bundle-result");
        Assert.Equal("true", await page.GetAttributeAsync("#bundle-result", "data-valid"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "61-verifier-bundle.png"), FullPage = true });
    }

    private string Save(string name, byte[] content)
    {
        var path = Path.Combine(_files.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        _app.Dispose();
        try { _files.Delete(recursive: true); } catch (IOException) { }
    }
}
