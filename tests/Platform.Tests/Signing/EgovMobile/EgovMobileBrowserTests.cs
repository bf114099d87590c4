using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RentToOwn.Platform.Signing.EgovMobile.StandIn;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

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

    [Fact]
    public async Task A21_registrar_signs_the_verdict_in_the_video_room_from_the_QR_and_the_room_shows_it_recorded()
    {
        await VideoSessions.VideoSessionSetup.WaitForDemoUsersAsync(_app);
        var flow = new Registration.RegistrationFlow(_app);
        // The session with every party joined and their identity proved (the room's own browser test proves those steps).
        // A.21: the session is held for one application; its tenant and spouse come from it, the officer represents KTK.
        var participants = new[] { ("KtkRepresentative", "ktk-officer"), ("Tenant", "tenant"), ("Spouse", "spouse"), ("Registrar", "registrar") };
        var scheduled = await VideoSessions.VideoSessionSetup.ScheduleAsync(_app, "APP-EGOV-0001", at: DateTimeOffset.UtcNow.AddMinutes(10)); // this host runs on the real clock
        var sessionId = scheduled.Id;
        using (var scope = _app.Services.CreateScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<VideoSessionService>();
            foreach (var (_, role) in participants)
            {
                var account = await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == flow.Iin(role)).Select(u => u.Id).SingleAsync());
                Assert.True((await sessions.JoinAsync(sessionId, account, "test-" + role, CancellationToken.None)).Succeeded);
                await _app.WithDbAsync(db => db.Set<VideoSessionParticipant>().Where(p => p.SessionId == sessionId && p.AccountId == account)
                    .ExecuteUpdateAsync(u => u.SetProperty(p => p.IdentityConfirmedAt, DateTimeOffset.UtcNow)));
            }
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/test-login/{flow.Iin("registrar")}");
        await page.GotoAsync($"/VideoSessions/Room/{sessionId}");
        foreach (var box in new[] { "#check-signatures", "#check-capacity", "#check-freewill", "#check-spouses" }) await page.CheckAsync(box);
        await page.ClickAsync("#verdict-prepare");
        await page.WaitForSelectorAsync("#verdict-readable:not([hidden])", new() { Timeout = 15_000 });

        // The verdict step offers eGov mobile like every other signing step: the QR appears in the checklist.
        await page.ClickAsync("#verdict-egov");
        var qrBox = page.Locator("#verdict-form [data-role=egov-qr][data-qr]");
        await qrBox.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        var qr = (await qrBox.GetAttributeAsync("data-qr"))!;
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "72-egov-mobile-verdict-qr.png"), FullPage = true });

        // Another person's phone is refused (the QR belongs to the registrar's session); the registrar's own phone signs.
        using var http = new HttpClient();
        var stranger = await new EgovMobilePhone(http, DemoKeys.Load(_app.PkiDirectory, "tenant", "sign"), TimeProvider.System).SignAsync(qr);
        Assert.False(stranger.Succeeded);
        Assert.Equal("egov.refused.not_signed", stranger.Code);
        var phone = await new EgovMobilePhone(http, DemoKeys.Load(_app.PkiDirectory, "registrar", "sign"), TimeProvider.System).SignAsync(qr);
        Assert.True(phone.Succeeded, phone.Error);
        Assert.Contains("подписание заключения регистратора по видеосеансу", phone.Description);

        // The room notices by itself, records the verdict with that CMS and shows its ledger entry.
        await page.WaitForFunctionAsync("() => document.querySelector('#verdict-status').dataset.ledgerIndex !== undefined", null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Matches("^[0-9]+$", await page.GetAttributeAsync("#verdict-status", "data-ledger-index"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "73-egov-mobile-verdict-recorded.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
