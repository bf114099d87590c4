using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Signalling;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>The signalling hub over a real WebSocket: who may join, what is relayed, what is logged (A.21).</summary>
public sealed class VideoSessionHubTests : IAsyncLifetime
{
    private readonly PlatformFactory _app = new();

    public Task InitializeAsync() => WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Participants_join_signals_are_relayed_and_joins_and_leaves_are_logged_with_times()
    {
        var s = await ScheduleAsync(_app, "APP-HUB-1");
        await using var tenant = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "tenant"));
        var joinedAt = _app.Time.GetUtcNow();
        var first = await tenant.InvokeAsync("Join", s.Id);
        Assert.Null(first["error"]);
        Assert.Equal("Tenant", first["result"]!["role"]!.GetValue<string>());
        Assert.Empty(first["result"]!["peers"]!.AsArray());
        var tenantConnection = first["result"]!["connectionId"]!.GetValue<string>();

        _app.Time.Advance(TimeSpan.FromSeconds(30));
        await using var spouse = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "spouse"));
        var second = await spouse.InvokeAsync("Join", s.Id);
        var peers = second["result"]!["peers"]!.AsArray();
        Assert.Equal(tenantConnection, Assert.Single(peers)!["connectionId"]!.GetValue<string>());
        var spouseConnection = second["result"]!["connectionId"]!.GetValue<string>();
        var announced = await tenant.NextCallAsync("PeerJoined");
        Assert.Equal("Spouse", announced[0]!["role"]!.GetValue<string>());

        // The newcomer's offer reaches the peer, with the sender's id.
        Assert.Null((await spouse.InvokeAsync("Signal", tenantConnection, "{\"description\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}"))["error"]);
        var relayed = await tenant.NextCallAsync("Signal");
        Assert.Equal(spouseConnection, relayed[0]!.GetValue<string>());
        Assert.Contains("offer", relayed[1]!.GetValue<string>());

        _app.Time.Advance(TimeSpan.FromSeconds(45));
        Assert.Null((await spouse.InvokeAsync("Leave"))["error"]);
        Assert.Equal(spouseConnection, (await tenant.NextCallAsync("PeerLeft"))[0]!.GetValue<string>());

        var log = await _app.WithDbAsync(db => db.Set<VideoSessionEvent>().Where(e => e.SessionId == s.Id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([VideoSessionEventKind.Joined, VideoSessionEventKind.Joined, VideoSessionEventKind.Left], log.Select(e => e.Kind));
        Assert.Equal([joinedAt, joinedAt.AddSeconds(30), joinedAt.AddSeconds(75)], log.Select(e => e.At));
        Assert.Equal(VideoSessionStatus.InProgress, (await _app.WithDbAsync(db => db.Set<VideoSession>().SingleAsync(x => x.Id == s.Id))).Status);
    }

    [Fact]
    public async Task Four_people_joining_at_once_each_know_every_other_exactly_once()
    {
        var s = await ScheduleAsync(_app, "APP-HUB-BURST");
        string[] roles = ["ktk-officer", "tenant", "spouse", "registrar"];
        var clients = await Task.WhenAll(roles.Select(r => SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, r))));
        try
        {
            var joins = await Task.WhenAll(clients.Select(c => c.InvokeAsync("Join", s.Id)));
            var ids = joins.Select(j => j["result"]!["connectionId"]!.GetValue<string>()).ToArray();
            var peers = joins.Select(j => j["result"]!["peers"]!.AsArray().Select(p => p!["connectionId"]!.GetValue<string>()).ToHashSet()).ToArray();

            // A.21: for every pair exactly one side saw the other already in the room (and offers to it); the other
            // side hears PeerJoined for it. Neither or both would leave a pair without video, or with two offers.
            for (var a = 0; a < ids.Length; a++)
            {
                for (var b = a + 1; b < ids.Length; b++)
                {
                    Assert.True(peers[a].Contains(ids[b]) ^ peers[b].Contains(ids[a]), $"{roles[a]} and {roles[b]} do not know each other exactly once");
                }
            }

            for (var c = 0; c < ids.Length; c++)
            {
                var expected = Enumerable.Range(0, ids.Length).Where(o => peers[o].Contains(ids[c])).Select(o => ids[o]).Order().ToList();
                var announced = new List<string>();
                foreach (var _ in expected) announced.Add((await clients[c].NextCallAsync("PeerJoined"))[0]!["connectionId"]!.GetValue<string>());
                Assert.Equal(expected, announced.Order().ToList());
            }
        }
        finally
        {
            foreach (var c in clients) await c.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_participant_of_session_A_cannot_join_session_B_nor_signal_into_it()
    {
        var a = await ScheduleAsync(_app, "APP-HUB-A");
        var b = await ScheduleAsync(_app, "APP-HUB-B", married: false);
        await using var spouse = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "spouse"));
        var refused = await spouse.InvokeAsync("Join", b.Id);
        Assert.Contains(Refusal.In("kk", "video.refused.not_participant"), refused["error"]!.GetValue<string>());
        var unknown = await spouse.InvokeAsync("Join", Guid.NewGuid());
        Assert.Contains(Refusal.In("kk", "video.refused.not_participant"), unknown["error"]!.GetValue<string>());
        Assert.Contains("Join a session before signalling", (await spouse.InvokeAsync("Signal", "x", "{}"))["error"]!.GetValue<string>());

        // The tenant is in both rooms' lists, but a connection in A cannot reach one in B.
        await using var tenantInB = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "tenant"));
        var inB = (await tenantInB.InvokeAsync("Join", b.Id))["result"]!["connectionId"]!.GetValue<string>();
        Assert.Null((await spouse.InvokeAsync("Join", a.Id))["error"]);
        Assert.Contains("not in your session", (await spouse.InvokeAsync("Signal", inB, "{}"))["error"]!.GetValue<string>());

        var logged = await _app.WithDbAsync(db => db.Set<VideoSessionEvent>().Where(e => e.SessionId == b.Id).CountAsync());
        Assert.Equal(1, logged); // only the tenant's join
    }

    [Fact]
    public async Task The_hub_needs_a_session_and_a_room_is_open_from_shortly_before_its_time_until_the_verdict()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, null));
        Assert.Contains("401", error.Message);

        var later = await ScheduleAsync(_app, "APP-HUB-LATER", at: _app.Time.GetUtcNow().AddHours(3));
        await using var tenant = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "tenant"));
        Assert.Contains(Refusal.In("kk", "video.refused.opens_later", 30, later.ScheduledAt), (await tenant.InvokeAsync("Join", later.Id))["error"]!.GetValue<string>());
        _app.Time.Advance(TimeSpan.FromHours(2.6));
        Assert.Null((await tenant.InvokeAsync("Join", later.Id))["error"]);

        // After the verdict the room is closed.
        await _app.WithDbAsync(async db =>
        {
            (await db.Set<VideoSession>().SingleAsync(x => x.Id == later.Id)).Status = VideoSessionStatus.Completed;
            return await db.SaveChangesAsync();
        });
        await using var spouse = await SignalRTestClient.ConnectAsync(_app, VideoSessionHub.Path, Iin(_app, "spouse"));
        Assert.Contains(Refusal.In("kk", "video.refused.over"), (await spouse.InvokeAsync("Join", later.Id))["error"]!.GetValue<string>());
    }
}
