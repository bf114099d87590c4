using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// The term in Chromium on a real Kestrel port: the tenant pays an installment and the buyout at the sandbox checkout,
/// KTK's head initiates the closing and signs the letter with the in-page .p12 signer, the tenant and the head sign the
/// transfer contract, the applications are filed and their statuses shown to the tenant.
/// </summary>
public sealed class TermBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const int Timeout = 60_000;
    private readonly KestrelPlatform _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<IPage> LoginAsync(IBrowserContext context, string role)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync("/Login?lang=en");
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, role));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ClickAsync("#login-p12");
        await page.WaitForURLAsync(new Regex("^(?!.*/Login).*$"));
        return page;
    }

    private async Task SignAsync(IPage page, string role)
    {
        await page.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(_app.PkiDirectory, role, "sign"));
        await page.FillAsync("#sign-p12-password", "Qwerty12");
        await page.ClickAsync("#sign-p12");
    }

    private static async Task PayAtCheckoutAsync(IPage page, string button, string termUrl, string doneSelector)
    {
        await page.ClickAsync(button);
        await page.WaitForURLAsync(new Regex("/Payments/Checkout/"));
        await page.ClickAsync("#checkout-pay");
        await page.WaitForSelectorAsync("#checkout-back");
        // The platform learns of the payment from the acquirer's signed callback, asynchronously.
        for (var i = 0; i < 60; i++)
        {
            await page.GotoAsync(termUrl);
            if (await page.QuerySelectorAsync(doneSelector) is not null) return;
            await Task.Delay(500);
        }

        throw new TimeoutException($"{doneSelector} did not appear on {termUrl}");
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name);

    [Fact]
    public async Task Tenant_pays_and_buys_out_head_signs_the_letter_both_sign_the_transfer_and_the_applications_are_filed()
    {
        var lease = await TermLeaseSetup.CreateAsync(_app, new DateOnly(2026, 5, 28), cadastralNumber: "21:320:050:4301");
        var termUrl = $"/Tenant/Term?id={lease.Id}";
        var details = $"/Officer/Leases/Details?id={lease.Id}";

        await using var tenantContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var tenant = await LoginAsync(tenantContext, "tenant");
        await tenant.GotoAsync(termUrl);
        Assert.Equal("Overdue", await tenant.GetAttributeAsync("tr[data-period=\"1\"]", "data-state"));
        await tenant.ScreenshotAsync(new() { Path = Shot("60-term-schedule.png"), FullPage = true });
        await PayAtCheckoutAsync(tenant, "#pay-1", termUrl, "tr[data-period=\"1\"][data-state=\"Paid\"]");
        await PayAtCheckoutAsync(tenant, "#pay-buyout", termUrl, "#term-completed");

        await using var headContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var head = await LoginAsync(headContext, "ktk-head");
        await head.GotoAsync(details);
        await head.ClickAsync("#initiate-closing");
        await head.WaitForSelectorAsync("#term-closing");
        await head.GotoAsync(details);
        await head.ScreenshotAsync(new() { Path = Shot("61-term-head-letter.png"), FullPage = true });
        await SignAsync(head, "ktk-head");
        await head.WaitForFunctionAsync("() => (document.querySelector('#closing-signatures')?.innerText ?? '').includes('Letter')");

        await tenant.GotoAsync(termUrl);
        await SignAsync(tenant, "tenant");
        await tenant.WaitForFunctionAsync("() => (document.querySelector('#closing-signatures')?.innerText ?? '').includes('Transfer')");

        await head.GotoAsync(details);
        await SignAsync(head, "ktk-head");
        await head.WaitForSelectorAsync("#file-applications");
        await head.ClickAsync("#file-applications");
        await head.WaitForSelectorAsync("#closing-state");
        Assert.Equal("Filed", (await head.InnerTextAsync("#closing-state")).Trim());

        await tenant.GotoAsync(termUrl);
        await tenant.WaitForSelectorAsync("#closing-applications li[data-kind=\"Ownership\"]");
        Assert.NotNull(await tenant.QuerySelectorAsync("#closing-applications li[data-kind=\"EncumbranceTermination\"]"));
        await tenant.ScreenshotAsync(new() { Path = Shot("62-term-tenant-filed.png"), FullPage = true });
    }
}
