using System.Text;
using Microsoft.Playwright;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>A person in Chromium: switches the language, logs in with EDS in the browser, imports an akimat list as a KTK officer (A.6–A.7).</summary>
public sealed class OfficerImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    [Fact]
    public async Task Officer_switches_language_logs_in_with_a_p12_and_imports_a_recipient_list()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();
        var shots = BrowserFixture.ScreenshotDirectory;

        // Kazakh is the default; Russian is one click away and remembered.
        await page.GotoAsync("/");
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-home-kk.png"), FullPage = true });
        await page.ClickAsync("#lang-ru");
        await page.WaitForURLAsync(_app.BaseUrl + "/");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Что запущено", await page.InnerTextAsync("main"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-home-ru.png"), FullPage = true });

        // The officer logs in with EDS: the demo officer's AUTH .p12 signs the challenge inside the page.
        await page.ClickAsync("text=Вход по ЭЦП");
        await page.ClickAsync("#demo-users-link");
        Assert.Contains("ktk-officer", await page.InnerTextAsync("#demo-users"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "03-demo-users.png"), FullPage = true });
        await page.GoBackAsync();
        await page.SetInputFilesAsync("#p12-file", DemoKeys.PathOf(_app.PkiDirectory, "ktk-officer"));
        await page.FillAsync("#p12-password", "Qwerty12");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "04-login.png"), FullPage = true });
        await page.ClickAsync("#login-p12");
        await page.WaitForURLAsync(_app.BaseUrl + "/Officer"); // the officer's dashboard
        await page.ClickAsync("#nav-lists");
        await page.WaitForURLAsync(_app.BaseUrl + "/Officer/RecipientLists");
        Assert.Equal(DemoKeys.Party(_app.PkiDirectory, "ktk-officer").Name, (await page.InnerTextAsync("#who")).Trim());
        Assert.Contains("Списки получателей", await page.InnerTextAsync("h1"));

        var csv = string.Join('\n', "iin;full_name;phone;category",
            $"{TestIins.Recipient1};Нұрлан Қасымов;+7 701 123 45 67;vulnerable",
            $"{TestIins.WithWrongControlDigit(TestIins.Recipient2)};Әлия Серікқызы;+7 777 123 45 67;budget");
        await page.FillAsync("#Source", "Астана қаласының әкімдігі");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "list.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#import-submit");
        var errors = await page.InnerTextAsync("#import-errors");
        Assert.Contains("control digit", errors, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "05-import-errors.png"), FullPage = true });

        csv = string.Join('\n', "iin;full_name;phone;category",
            $"{TestIins.Recipient1};Нұрлан Қасымов;+7 701 123 45 67;vulnerable",
            $"{TestIins.Recipient2};Әлия Серікқызы;+7 777 123 45 67;budget");
        await page.FillAsync("#Source", "Астана қаласының әкімдігі");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "list.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#import-submit");
        Assert.Contains("2", await page.InnerTextAsync("#import-accepted"));
        Assert.Equal("В срок", (await page.InnerTextAsync("#lists tbody tr td.ontime")).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "06-import-accepted.png"), FullPage = true });

        await page.ClickAsync("#lists tbody tr td a");
        Assert.Contains("Нұрлан Қасымов", await page.InnerTextAsync("#entries"));

        await page.GotoAsync("/Dev/SmsInbox");
        var inbox = await page.InnerTextAsync("#sms");
        Assert.Contains("+77011234567", inbox);
        Assert.Contains("15 календарных дней", inbox);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "07-sms-inbox.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
