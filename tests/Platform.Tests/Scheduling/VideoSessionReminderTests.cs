using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Applications.Reminders;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.VideoSessions.Reminders;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>Reminders before video sessions (A.21, A.30) on the fake clock: 24 h and 1 h before, each participant, once.</summary>
public abstract class VideoSessionReminderTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rto-video-rem-").FullName;
    private readonly List<PlatformFactory> _apps = [];

    private PlatformFactory Start()
    {
        var app = new PlatformFactory();
        app.Settings["RentToOwn:DataDirectory"] = _dataDir;
        Configure(app);
        _apps.Add(app);
        return app;
    }

    /// <summary>Points the host at its database (the same one for every host of a test).</summary>
    protected abstract void Configure(PlatformFactory app);

    private static async Task<Dictionary<ParticipantRole, UserAccount>> PeopleAsync(PlatformFactory app)
    {
        var people = new Dictionary<ParticipantRole, UserAccount>
        {
            [ParticipantRole.KtkRepresentative] = await app.AddUserAsync(TestIins.Officer, "KTK Rep", PlatformRoles.Officer),
            [ParticipantRole.Tenant] = await app.AddUserAsync(TestIins.Recipient1, "Tenant", PlatformRoles.Tenant),
            [ParticipantRole.Spouse] = await app.AddUserAsync(TestIins.Recipient2, "Spouse", PlatformRoles.Spouse),
            [ParticipantRole.Registrar] = await app.AddUserAsync(TestIins.Officer2, "Registrar", PlatformRoles.Registrar),
        };
        await app.WithDbAsync(async db =>
        {
            // The registrar has no phone on file: their reminder is recorded, no SMS.
            foreach (var (role, phone) in new[] { (ParticipantRole.KtkRepresentative, "+77010000001"), (ParticipantRole.Tenant, "+77010000002"), (ParticipantRole.Spouse, "+77010000003") })
            {
                (await db.Users.SingleAsync(u => u.Id == people[role].Id)).Phone = phone;
            }

            return await db.SaveChangesAsync();
        });
        return people;
    }

    private static Task<Guid> SessionAsync(PlatformFactory app, Dictionary<ParticipantRole, UserAccount> people, DateTimeOffset at,
        VideoSessionStatus status = VideoSessionStatus.Scheduled, VideoSessionKind kind = VideoSessionKind.Registration) =>
        app.WithDbAsync(async db =>
        {
            var session = new VideoSession
            {
                Id = Guid.NewGuid(), SubjectId = $"application/{Guid.NewGuid()}", Kind = kind, ScheduledAt = at, Status = status,
                TenantMarried = true, ScheduledByAccountId = people[ParticipantRole.KtkRepresentative].Id, CreatedAt = app.Time.GetUtcNow(),
                Participants = people.Select(p => new VideoSessionParticipant
                {
                    Id = Guid.NewGuid(), Role = p.Key, AccountId = p.Value.Id, Iin = p.Value.Iin, FullName = p.Value.FullName,
                }).ToList(),
            };
            db.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private static Task<List<SmsMessage>> SmsAsync(PlatformFactory app, Guid session) =>
        app.WithDbAsync(db => db.SmsOutbox.Where(m => m.Text.Contains(session.ToString())).OrderBy(m => m.Phone).ToListAsync());

    private static Task<List<SentReminder>> RemindersAsync(PlatformFactory app, Guid session) =>
        app.WithDbAsync(db => db.Set<SentReminder>().Where(r => r.SubjectId == session.ToString()).ToListAsync());

    [Fact]
    public async Task Each_participant_is_reminded_24h_and_1h_before_once_even_after_a_restart()
    {
        var app = Start();
        var people = await PeopleAsync(app);
        var start = PlatformFactory.FakeStart.AddHours(30); // Thu 26 Nov 2026 10:00 UTC = 15:00 Astana
        var id = await SessionAsync(app, people, start);
        var completed = await SessionAsync(app, people, PlatformFactory.FakeStart.AddHours(2), VideoSessionStatus.Completed);
        var later = await SessionAsync(app, people, PlatformFactory.FakeStart.AddDays(3), kind: VideoSessionKind.TerminationAndOwnership);

        await JobRunner.RunAsync<VideoSessionReminderJob>(app); // 30 h before: too early
        Assert.Empty(await SmsAsync(app, id));

        app.Time.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1)); // 24 h 01 min before
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Empty(await SmsAsync(app, id));

        app.Time.Advance(TimeSpan.FromMinutes(2)); // 23 h 59 min before
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        await JobRunner.RunAsync<VideoSessionReminderJob>(app); // idempotent
        var sms = await SmsAsync(app, id);
        Assert.Equal(["+77010000001", "+77010000002", "+77010000003"], sms.Select(m => m.Phone));
        Assert.All(sms, m =>
        {
            Assert.Contains("26.11.2026 15:00", m.Text); // Astana time
            Assert.Contains($"/VideoSessions/Room/{id}", m.Text);
            Assert.Contains("A.21", m.Text);
            Assert.NotNull(m.SentAt);
            Assert.DoesNotContain(TestIins.Recipient1, m.Text);
        });
        var reminders = await RemindersAsync(app, id);
        Assert.Equal(4, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(24 * 60, r.LeadMinutes));
        Assert.Null(Assert.Single(reminders, r => r.AccountId == people[ParticipantRole.Registrar].Id).SmsMessageId);
        Assert.Empty(await SmsAsync(app, completed));
        Assert.Empty(await SmsAsync(app, later));

        // A restart (a new host on the same database) sends nothing again.
        var now = app.Time.GetUtcNow();
        await app.DisposeAsync();
        _apps.Remove(app);
        app = Start();
        app.Time.SetUtcNow(now);
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Equal(3, (await SmsAsync(app, id)).Count);

        app.Time.SetUtcNow(start.AddMinutes(-61)); // 1 h 01 min before
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Equal(3, (await SmsAsync(app, id)).Count);
        app.Time.SetUtcNow(start.AddMinutes(-59));
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Equal(6, (await SmsAsync(app, id)).Count);
        Assert.Equal(4, (await RemindersAsync(app, id)).Count(r => r.LeadMinutes == 60 && !r.Superseded));

        app.Time.SetUtcNow(start.AddMinutes(1)); // started: nothing more
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Equal(6, (await SmsAsync(app, id)).Count);
        Assert.Empty(await SmsAsync(app, later)); // still 2 days away
    }

    [Fact]
    public async Task A_session_scheduled_at_short_notice_gets_only_the_nearest_reminder()
    {
        var app = Start();
        var people = await PeopleAsync(app);
        var id = await SessionAsync(app, people, PlatformFactory.FakeStart.AddMinutes(40));

        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);

        Assert.Equal(3, (await SmsAsync(app, id)).Count);
        var reminders = await RemindersAsync(app, id);
        Assert.Equal(8, reminders.Count);
        Assert.All(reminders.Where(r => r.LeadMinutes == 24 * 60), r => { Assert.True(r.Superseded); Assert.Null(r.SmsMessageId); });
        Assert.All(reminders.Where(r => r.LeadMinutes == 60), r => Assert.False(r.Superseded));
    }

    [Fact]
    public async Task Lead_times_come_from_configuration()
    {
        var app = Start();
        app.Settings["Scheduling:VideoReminderHours"] = "2";
        var people = await PeopleAsync(app);
        var id = await SessionAsync(app, people, PlatformFactory.FakeStart.AddMinutes(150));

        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.Empty(await SmsAsync(app, id));
        app.Time.Advance(TimeSpan.FromMinutes(31));
        await JobRunner.RunAsync<VideoSessionReminderJob>(app);
        Assert.All(await RemindersAsync(app, id), r => Assert.Equal(120, r.LeadMinutes));
        Assert.Equal(3, (await SmsAsync(app, id)).Count);
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        foreach (var app in _apps) app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>On SQLite (the embedded default).</summary>
public sealed class SqliteVideoSessionReminderTests : VideoSessionReminderTests
{
    /// <inheritdoc />
    protected override void Configure(PlatformFactory app) { }
}

/// <summary>On the PostgreSQL fixture.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlVideoSessionReminderTests(PostgresServer server) : VideoSessionReminderTests
{
    private readonly Lazy<string> _database = new(() => server.CreateDatabaseAsync().GetAwaiter().GetResult());

    /// <inheritdoc />
    protected override void Configure(PlatformFactory app)
    {
        app.Settings["Database:Provider"] = "PostgreSql";
        app.Settings["ConnectionStrings:Platform"] = _database.Value;
    }
}
