using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>
/// Issue #6's whole path in Chromium, every step through the pages (only the demo .p12 files are read from disk):
/// the officer imports the akimat list (A.6) → the tenant logs in with EDS, consents (A.9), fills in the application
/// (A.8), uploads the A.10 documents, names the spouse and invites a guarantor (A.11), submits → guarantor and spouse
/// consent and sign the application (A.12) → the officer sees the A.14–A.15 checks and approves → tenant, spouse,
/// guarantor and KTK head sign the contract in order (A.17–A.18) → the public verifier shows four passed signatures
/// with verified ledger proofs. Screenshots of each main page go to TestResults/platform-e2e/4x-*.png.
/// </summary>
public sealed class FullPathBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
    private readonly KestrelPlatform _app = new();
    private readonly DirectoryInfo _downloads = Directory.CreateTempSubdirectory("rto-fullpath-");
    private readonly List<IBrowserContext> _contexts = [];

    private string Pki => _app.PkiDirectory;

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>A fresh browser (context) for <paramref name="role"/>, logged in with the demo AUTH .p12 on the login page.</summary>
    private async Task<IPage> LoginAsync(string role)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl, AcceptDownloads = true });
        context.SetDefaultTimeout(60_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login?lang=en");
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(Pki, role));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ClickAsync("#login-p12");
        try
        {
            await page.WaitForURLAsync(new Regex("^(?!.*/Login).*$"));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{role} login did not leave the login page: {await page.InnerTextAsync("#login-status")}");
        }

        return page;
    }

    /// <summary>Signs what the page's signing widget shows with the demo SIGNING .p12, inside the browser.</summary>
    private async Task SignAsync(IPage page, string role)
    {
        await page.SetInputFilesAsync("#sign-p12-file", DemoKeys.PathOf(Pki, role, "sign"));
        await page.FillAsync("#sign-p12-password", "Qwerty12");
        await page.ClickAsync("#sign-p12");
    }

    private async Task ConsentAsync(IPage page, string role, string cabinet)
    {
        await page.ClickAsync("#party-consent-link");
        await page.WaitForSelectorAsync("#consent-form");
        await SignAsync(page, role);
        await page.WaitForURLAsync(_app.BaseUrl + cabinet);
        await page.WaitForSelectorAsync("#party-consent-live");
    }

    private async Task SignContractAsync(IPage page, string role)
    {
        await page.WaitForSelectorAsync("#eds-sign");
        await SignAsync(page, role);
        await page.WaitForSelectorAsync($"#contract-signatures li[data-role=\"{role}\"]");
    }

    private async Task<string> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        var path = Path.Combine(_downloads.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    [Fact]
    public async Task From_the_akimat_list_to_a_contract_signed_by_all_parties_and_verified_by_a_citizen()
    {
        var tenantIin = DemoKeys.Party(Pki, "tenant").Iin;

        // A.6: the officer imports the akimat's CSV.
        var officer = await LoginAsync("ktk-officer");
        await officer.WaitForURLAsync(_app.BaseUrl + "/Officer"); // the officer's dashboard
        await officer.ClickAsync("#nav-lists");
        await officer.FillAsync("#Source", "Астана қаласының әкімдігі");
        await officer.SetInputFilesAsync("#Upload", new FilePayload
        {
            Name = "list.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"iin;full_name;phone;category\n{tenantIin};Асқаров Арман;+7 701 123 45 67;budget\n"),
        });
        await officer.ClickAsync("#import-submit");
        Assert.Contains("1", await officer.InnerTextAsync("#import-accepted"));
        await ShotAsync(officer, "40-officer-import");

        // A.8–A.11: the tenant logs in, consents, fills in the application, uploads documents, names the spouse, invites a guarantor.
        var tenant = await LoginAsync("tenant");
        await tenant.WaitForURLAsync(_app.BaseUrl + "/Tenant/Consent");
        Assert.Contains("CONSENT TO THE COLLECTION", await tenant.InnerTextAsync("#consent-form")); // the login page's language stays
        await ShotAsync(tenant, "41-tenant-consent");
        await SignAsync(tenant, "tenant");
        await tenant.WaitForURLAsync(_app.BaseUrl + "/Tenant/Application");
        await tenant.FillAsync("#Employer", "KazPost"); // A.15.1: as the state's pension-contribution record names the employer
        await tenant.FillAsync("#Position", "Teacher");
        await tenant.FillAsync("#MonthlyIncome", "380000");
        await tenant.FillAsync("#FamilyMembers", "2");
        await tenant.CheckAsync("#Married");
        await tenant.FillAsync("#SpouseIin", DemoKeys.Party(Pki, "spouse").Iin);
        await tenant.ClickAsync("#app-save");
        Assert.Equal("OK", (await tenant.InnerTextAsync("#app-message")).Trim());
        DocumentKind[] kinds = [.. TenantApplications.RequiredDocuments, DocumentKind.MaritalStatusCertificate];
        for (var i = 0; i < kinds.Length; i++)
        {
            await tenant.SelectOptionAsync("#Kind", kinds[i].ToString());
            await tenant.SetInputFilesAsync("#Document", new FilePayload { Name = $"{kinds[i]}.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await tenant.ClickAsync("#doc-upload");
            await tenant.WaitForFunctionAsync("n => document.querySelectorAll('#documents tbody tr').length === n", i + 1);
        }

        await tenant.FillAsync("#GuarantorIin", DemoKeys.Party(Pki, "guarantor").Iin);
        await tenant.ClickAsync("#guarantor-invite");
        await tenant.WaitForSelectorAsync("#guarantors li");
        await ShotAsync(tenant, "42-tenant-application");
        await tenant.ClickAsync("#app-submit");
        await tenant.WaitForSelectorAsync("#app-submitted");

        // A.12: the guarantor and the spouse, each in their own cabinet, consent (A.9) and sign the application.
        var guarantor = await LoginAsync("guarantor");
        await guarantor.WaitForURLAsync(_app.BaseUrl + "/Guarantor");
        await ConsentAsync(guarantor, "guarantor", "/Guarantor");
        // A.12 → A.8–A.10: the guarantor's own questionnaire and documents come before the signature.
        await guarantor.ClickAsync(".questionnaire-link");
        await guarantor.WaitForSelectorAsync("#g-form");
        await guarantor.FillAsync("#Employer", "Air Astana");
        await guarantor.FillAsync("#Position", "Engineer");
        await guarantor.FillAsync("#MonthlyIncome", "450000");
        await guarantor.FillAsync("#MonthlyObligations", "50000");
        await guarantor.ClickAsync("#g-save");
        await guarantor.WaitForSelectorAsync("#g-message");
        foreach (var (kind, n) in new[] { ("EmploymentCertificate", 1), ("SalaryCertificate", 2) })
        {
            await guarantor.SelectOptionAsync("#Kind", kind);
            await guarantor.SetInputFilesAsync("#Document", new FilePayload { Name = $"{kind}.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await guarantor.ClickAsync("#g-doc-upload");
            await guarantor.WaitForFunctionAsync("n => document.querySelectorAll('#g-documents tbody tr').length === n", n);
        }

        await guarantor.WaitForSelectorAsync("#g-ready");
        await guarantor.ClickAsync("#g-back");
        await guarantor.WaitForURLAsync(_app.BaseUrl + "/Guarantor");
        await ShotAsync(guarantor, "43-guarantor-application");
        await SignAsync(guarantor, "guarantor");
        await guarantor.WaitForSelectorAsync(".invitation .signed");

        var spouse = await LoginAsync("spouse");
        await spouse.WaitForURLAsync(_app.BaseUrl + "/Spouse");
        await ConsentAsync(spouse, "spouse", "/Spouse");
        await SignAsync(spouse, "spouse");
        await spouse.WaitForSelectorAsync(".spouse-application .signed");
        await ShotAsync(spouse, "44-spouse-application");

        // A.13–A.15: the officer opens the application from the queue, sees every check passed, and approves (A.17).
        await officer.GotoAsync("/Officer/Review");
        await officer.ClickAsync("#queue a");
        await officer.WaitForSelectorAsync("#checks");
        var outcomes = await officer.Locator("#checks tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.subject + ':' + r.dataset.kind + ':' + r.dataset.outcome)");
        Assert.Equal(10 + 4 + 6, outcomes.Length); // tenant: 10 checks (A.15.1 employer, marital status, children too); spouse: 4; guarantor: 6
        Assert.All(outcomes, o => Assert.EndsWith(":Passed", o));
        Assert.Contains("tenant:Solvency:Passed", outcomes);
        Assert.Contains("guarantor 1:EdsOwnership:Passed", outcomes);
        Assert.Contains("spouse:FinancingList:Passed", outcomes);
        await ShotAsync(officer, "45-officer-checks");
        Assert.Contains("tenant:MaritalStatus:Passed", outcomes);
        // A.16: "Approve" shows the approval text; the officer signs it with the EDS in the browser; the ledger records it.
        await officer.ClickAsync("#approve");
        await officer.WaitForSelectorAsync("#approval-text");
        await ShotAsync(officer, "45b-officer-approval");
        await SignAsync(officer, "ktk-officer");
        await officer.WaitForSelectorAsync("#approval-signed");

        // A.17: the tenant accepts the flat offered from KTK's stock; the contract is drafted on it and opens.
        await tenant.GotoAsync("/Tenant/Application");
        await tenant.ClickAsync("#app-flat");
        await tenant.ClickAsync("#flat-accept");
        await tenant.WaitForURLAsync("**/Contracts?id=*");

        // A.17–A.18: tenant → spouse → guarantor → KTK head sign the contract's PDF, each on their own page.
        await tenant.GotoAsync("/Tenant/Application");
        await tenant.ClickAsync("#app-contract");
        await tenant.ClickAsync("#contracts a");
        await ShotAsync(tenant, "46-contract-tenant");
        await SignContractAsync(tenant, "tenant");

        await spouse.GotoAsync("/Spouse");
        await spouse.ClickAsync("#spouse-contracts a");
        await SignContractAsync(spouse, "spouse");

        await guarantor.ClickAsync("#nav-contracts");
        await guarantor.ClickAsync("#contracts a");
        await SignContractAsync(guarantor, "guarantor");

        var head = await LoginAsync("ktk-head");
        await head.ClickAsync("#nav-contracts");
        await head.ClickAsync("#contracts a");
        await SignContractAsync(head, "ktk-head");
        await head.WaitForSelectorAsync("#contract-complete");
        Assert.Equal(["tenant", "spouse", "guarantor", "ktk-head"],
            await head.Locator("#contract-signatures li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.role)"));
        await ShotAsync(head, "47-contract-signed");

        // The tenant downloads the PDF and the four CMS from the contract page…
        await tenant.ReloadAsync();
        var pdf = await DownloadAsync(tenant, "#contract-pdf");
        var cms = new List<string>();
        for (var i = 1; i <= 4; i++) cms.Add(await DownloadAsync(tenant, $"#contract-signatures li:nth-child({i}) a"));

        // …and a citizen checks them on the public verifier: four passed signatures, each with a verified ledger proof.
        var citizenContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        _contexts.Add(citizenContext);
        var verify = await citizenContext.NewPageAsync();
        await verify.GotoAsync("/Verify?lang=en");
        await verify.SetInputFilesAsync("#document", pdf);
        await verify.SetInputFilesAsync("#signatures", cms);
        await verify.ClickAsync("#verify-submit");
        await verify.WaitForSelectorAsync("#verify-report", new() { Timeout = 60_000 });
        Assert.Contains("TOTAL_PASSED", await verify.InnerTextAsync("#verify-indication"));
        Assert.Equal(4, await verify.Locator("article.signature[data-indication=TOTAL_PASSED]").CountAsync());
        Assert.Equal(["tenant", "spouse", "guarantor", "ktk-head"], await verify.Locator(".ledger-role").AllInnerTextsAsync());
        Assert.Equal(4, await verify.Locator(".ledger-status.verified").CountAsync());
        Assert.DoesNotContain(tenantIin, await verify.ContentAsync()); // IINs are masked
        await ShotAsync(verify, "48-verifier");

        // What the browser did is what the platform stored: four contract signatures, each with its ledger receipt.
        Assert.Equal(4, await _app.WithDbAsync(db => db.ContractSignatures.CountAsync()));
        Assert.Equal(20, RentToOwn.Platform.Applications.Checks.ReviewChecks.LatestRun(await _app.WithDbAsync(db => db.ReviewChecks.ToListAsync())).Count()); // the latest run (with the three A.15.1 cross-checks); the approval signed once:
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "ApprovalSigned")));
    }

    public void Dispose()
    {
        foreach (var c in _contexts) c.CloseAsync().GetAwaiter().GetResult();
        _app.Dispose();
        try { _downloads.Delete(recursive: true); } catch (IOException) { }
    }
}
