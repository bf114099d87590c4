using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions.Model;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>
/// A.21 end to end in Chromium with fake cameras: KTK representative, tenant, spouse and registrar, each in
/// their own browser context and session, join the room; each receives the other three video streams with
/// decoded frames rising; each proves their identity with their EDS in the browser; the registrar sees
/// the identities and records the verdict signed with the registrar's .p12 in the browser.
/// </summary>
public sealed class VideoSessionBrowserTests(VideoBrowserFixture browser) : IClassFixture<VideoBrowserFixture>, IDisposable
{
    private readonly KestrelPlatform _app = new();

    private sealed record Inbound(string Peer, string Role, long FramesDecoded);

    [Fact]
    public async Task Four_participants_see_each_other_and_the_registrar_records_the_signed_verdict()
    {
        await WaitForDemoUsersAsync(_app);
        // A.21: the session is held for one registration application; its tenant and spouse come from the application.
        var application = await ApplicationAsync(_app, "RTO-E2E-0001", married: true);
        var shots = Path.Combine(BrowserFixture.ScreenshotDirectory, "video");
        Directory.CreateDirectory(shots);

        var roles = new[] { "ktk-officer", "tenant", "spouse", "registrar" };
        var pages = new Dictionary<string, IPage>();
        var contexts = new List<IBrowserContext>();
        try
        {
            foreach (var role in roles)
            {
                var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = _app.BaseUrl, Permissions = ["camera", "microphone"], ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
                });
                contexts.Add(context);
                await context.AddInitScriptAsync(VideoBrowserFixture.LoopbackOnlyScript);
                var page = await context.NewPageAsync();
                page.Console += (_, m) => { if (m.Type == "error") Console.Error.WriteLine($"[{role}] {m.Text}"); };
                await page.GotoAsync($"/test-login/{Iin(_app, role)}");
                pages[role] = page;
            }

            // The officer schedules it on the page: the application, the time and the registrar are chosen, no IIN is typed.
            var officer = pages["ktk-officer"];
            await officer.GotoAsync($"/VideoSessions/Schedule?applicationId={application}&lang=en");
            await officer.SelectOptionAsync("#schedule-application", application.ToString());
            await officer.SelectOptionAsync("#schedule-registrar", (await AccountAsync(_app, "registrar")).ToString());
            await officer.FillAsync("#ScheduledAtUtc", DateTimeOffset.UtcNow.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm"));
            await officer.ClickAsync("#schedule-submit");
            await officer.WaitForURLAsync("**/VideoSessions/Room/**");
            var roomUrl = new Uri(officer.Url).AbsolutePath;
            var session = new { Id = Guid.Parse(roomUrl[(roomUrl.LastIndexOf('/') + 1)..]), RoomUrl = roomUrl };
            var scheduled = await _app.WithDbAsync(db => db.Set<VideoSession>().Include(x => x.Participants).SingleAsync(x => x.Id == session.Id));
            Assert.Equal(application.ToString(), scheduled.SubjectId);
            Assert.Equal(["KtkRepresentative", "Tenant", "Spouse", "Registrar"], scheduled.Participants.OrderBy(p => p.Role).Select(p => p.Role.ToString()));
            foreach (var role in roles) await pages[role].GotoAsync(session.RoomUrl + "?lang=en");

            // Each joins in turn; a newcomer calls everyone already in the room.
            foreach (var role in roles)
            {
                await pages[role].ClickAsync("#join");
                await pages[role].WaitForFunctionAsync("() => document.querySelector('#video-room').dataset.joined === 'true'");
            }

            // Each participant receives the other three video streams, and their decoded frames rise.
            foreach (var role in roles) await WaitForThreeStreamsAsync(pages[role], role, 60_000);

            // A late renegotiation can briefly replace one track on a loaded machine: wait for three again before sampling.
            var first = new Dictionary<string, Inbound[]>();
            foreach (var role in roles)
            {
                await WaitForThreeStreamsAsync(pages[role], role, 30_000);
                first[role] = await SampleAsync(pages[role]);
            }
            Assert.All(roles, role => Assert.Equal(3, first[role].Length));
            await Task.Delay(2000);
            foreach (var role in roles)
            {
                var second = await SampleAsync(pages[role]);
                Assert.Equal(3, second.Length);
                foreach (var s in second)
                {
                    var before = first[role].SingleOrDefault(f => f.Peer == s.Peer)
                        ?? throw new Xunit.Sdk.XunitException($"{role}: peer {s.Role} appeared only in the second sample: " +
                            string.Join(", ", first[role].Select(f => f.ToString())) + " / " + string.Join(", ", second.Select(x => x.ToString())));
                    Assert.True(s.FramesDecoded > before.FramesDecoded,
                        $"{role}: frames from {s.Role} did not rise ({before.FramesDecoded} → {s.FramesDecoded})");
                }

                Assert.Equal(ExpectedPeers(role), second.Select(s => s.Role).Order());
                await pages[role].ScreenshotAsync(new() { Path = Path.Combine(shots, $"room-{role}.png"), FullPage = true });
            }

            // A.21: each proves, in the room, that they hold the EDS of their account (AUTH key, in-browser signer).
            foreach (var role in roles)
            {
                var page = pages[role];
                await page.SetInputFilesAsync("#identity-p12", DemoKeys.PathOf(_app.PkiDirectory, role));
                await page.FillAsync("#identity-password", KeyPassword);
                await page.ClickAsync("#identity-p12-submit");
                await page.WaitForFunctionAsync("() => document.querySelector('#identity-status').dataset.confirmed === 'true'");
            }

            // The registrar sees four present, EDS-confirmed participants, with masked IINs and no certificate photo.
            var registrar = pages["registrar"];
            await registrar.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('#participants li')].filter(li => li.dataset.present === 'true' && li.querySelector('.photo.none')).length === 4",
                null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            var participants = await registrar.InnerTextAsync("#participants");
            Assert.Contains("no photo in certificate", participants);
            var tenantIin = Iin(_app, "tenant");
            Assert.Contains(tenantIin[..2] + "******" + tenantIin[8..], participants);
            Assert.DoesNotContain(tenantIin, participants);
            Assert.Contains(DemoKeys.Party(_app.PkiDirectory, "spouse").Name, participants);
            Assert.Contains("Joined", await registrar.InnerTextAsync("#session-log"));

            // The checklist (A.23) and the verdict, signed with the registrar's signing key in the browser.
            foreach (var box in new[] { "#check-signatures", "#check-capacity", "#check-freewill", "#check-spouses" }) await registrar.CheckAsync(box);
            await registrar.FillAsync("#check-remark", "All parties confirmed in person.");
            // A.21: the registrar reads what they sign — the cadastre's findings, rendered from the exact bytes — then signs once.
            await registrar.ClickAsync("#verdict-prepare");
            await registrar.WaitForSelectorAsync("#verdict-readable:not([hidden])", new() { Timeout = 15_000 });
            var readable = await registrar.InnerTextAsync("#verdict-readable-text");
            Assert.Contains(session.Id.ToString(), readable);
            Assert.Contains(RentToOwn.Platform.Security.IinMask.Mask(Iin(_app, "spouse")), readable);
            Assert.Contains("All parties confirmed in person.", readable);
            Assert.Equal(64, (await registrar.GetAttributeAsync("#verdict-readable", "data-sha256"))!.Length);
            await registrar.SetInputFilesAsync("#verdict-p12", DemoKeys.PathOf(_app.PkiDirectory, "registrar", "sign"));
            await registrar.FillAsync("#verdict-password", KeyPassword);
            await registrar.ClickAsync("#verdict-p12-submit");
            await registrar.WaitForFunctionAsync("() => document.querySelector('#verdict-status').dataset.ledgerIndex !== undefined",
                null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            Assert.Equal("true", await registrar.GetAttributeAsync("#verdict-status", "data-confirmed"));
            await registrar.ScreenshotAsync(new() { Path = Path.Combine(shots, "registrar-verdict.png"), FullPage = true });

            var stored = await _app.WithDbAsync(db => db.Set<VideoSession>().Include(s => s.Verdict).Include(s => s.Events)
                .SingleAsync(s => s.Id == session.Id));
            Assert.Equal(VideoSessionStatus.Completed, stored.Status);
            Assert.True(stored.Verdict!.Confirmed);
            Assert.Equal(4, stored.Events.Count(e => e.Kind == VideoSessionEventKind.Joined));
        }
        finally
        {
            foreach (var c in contexts) await c.CloseAsync();
        }
    }

    private static string[] ExpectedPeers(string role)
    {
        var all = new[] { ("ktk-officer", "KtkRepresentative"), ("tenant", "Tenant"), ("spouse", "Spouse"), ("registrar", "Registrar") };
        return all.Where(a => a.Item1 != role).Select(a => a.Item2).Order().ToArray();
    }

    // Waits for three inbound video streams with decoded frames; on a timeout the failure says what the page had
    // (peers, each tile's connection state, each stream's frames), so a failure under load can be told apart from a
    // stream that never connected.
    private static async Task WaitForThreeStreamsAsync(IPage page, string role, int timeoutMs)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "async () => { const s = await window.rtoVideo.inboundVideo(); return s.length === 3 && s.every(x => x.framesDecoded > 0); }",
                null, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 250 });
        }
        catch (TimeoutException e)
        {
            var state = await page.EvaluateAsync<string>("""
                async () => JSON.stringify({
                  peers: window.rtoVideo.peerCount(),
                  joined: document.querySelector('#video-room').dataset.joined,
                  tiles: [...document.querySelectorAll('#videos figure')].map((f) => `${f.dataset.role}:${f.dataset.state ?? '-'}`),
                  inbound: await window.rtoVideo.inboundVideo(),
                })
                """);
            throw new Xunit.Sdk.XunitException($"{role}: not three inbound video streams with frames within {timeoutMs} ms; page: {state}", e);
        }
    }

    private static async Task<Inbound[]> SampleAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("() => window.rtoVideo.inboundVideo()");
        // One entry per peer: a stream may show two inbound-rtp reports for a moment (e.g. an SSRC change).
        return json.EnumerateArray().Select(e => new Inbound(e.GetProperty("peer").GetString()!, e.GetProperty("role").GetString()!,
            e.GetProperty("framesDecoded").GetInt64()))
            .GroupBy(i => (i.Peer, i.Role)).Select(g => new Inbound(g.Key.Peer, g.Key.Role, g.Sum(i => i.FramesDecoded))).ToArray();
    }

    public void Dispose() => _app.Dispose();
}
