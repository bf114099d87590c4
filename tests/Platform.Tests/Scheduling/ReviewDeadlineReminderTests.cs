using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Applications.Reminders;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.VideoSessions.Reminders;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>A.13 on the fake clock: the officer is reminded once 3 days before the 15-calendar-day deadline, once when it has passed.</summary>
public abstract class ReviewDeadlineReminderTests : IDisposable
{
    private PlatformFactory? _host;

    private PlatformFactory App
    {
        get
        {
            if (_host is null)
            {
                _host = new PlatformFactory();
                Configure(_host);
            }

            return _host;
        }
    }

    /// <summary>Points the host at its database.</summary>
    protected abstract void Configure(PlatformFactory app);

    private async Task<Guid> ApplicationAsync(string officerIin, ApplicationStatus status, string tenantIin)
    {
        var submittedAt = App.Time.GetUtcNow();
        var deadline = App.Services.GetRequiredService<DeadlineCalculator>().For(LegalDeadline.KtkDecision, submittedAt);
        return await App.WithDbAsync(async db =>
        {
            var app = new TenantApplication
            {
                Id = Guid.NewGuid(), TenantIin = tenantIin, Status = status, CreatedAt = submittedAt,
                SubmittedAt = status == ApplicationStatus.Draft ? null : submittedAt,
                DecisionDeadline = status == ApplicationStatus.Draft ? null : deadline.DueOn,
                AssignedOfficerIin = officerIin,
            };
            db.Applications.Add(app);
            await db.SaveChangesAsync();
            return app.Id;
        });
    }

    private Task<List<SentReminder>> RemindersAsync() => App.WithDbAsync(db => db.Set<SentReminder>().OrderBy(r => r.CreatedAt).ToListAsync());

    private Task<List<Notifications.SmsMessage>> SmsAsync() =>
        App.WithDbAsync(db => db.SmsOutbox.Where(m => m.Text.Contains("A.13")).OrderBy(m => m.CreatedAt).ToListAsync());

    [Fact]
    public async Task Officer_is_reminded_before_and_after_the_decision_deadline_once_each()
    {
        var officer = await App.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var noPhone = await App.AddUserAsync(TestIins.Officer2, "Officer Two", PlatformRoles.Officer);
        await App.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Id == officer.Id)).Phone = "+77012223344"; return await db.SaveChangesAsync(); });

        var submitted = await ApplicationAsync(TestIins.Officer, ApplicationStatus.Submitted, TestIins.Recipient1); // 25 Nov → deadline 10 Dec
        var other = await ApplicationAsync(TestIins.Officer2, ApplicationStatus.Submitted, TestIins.Recipient2);
        await ApplicationAsync(TestIins.Officer, ApplicationStatus.Draft, TestIins.Recipient3); // not received: no clock

        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        App.Time.Advance(TimeSpan.FromDays(11)); // 6 Dec: 4 days left
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        Assert.Empty(await RemindersAsync());

        App.Time.Advance(TimeSpan.FromDays(1)); // 7 Dec: 3 days left
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        var reminders = await RemindersAsync();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(ReminderKind.ReviewDueSoon, r.Kind));
        Assert.Equal(officer.Id, Assert.Single(reminders, r => r.SubjectId == submitted.ToString()).AccountId);
        var unsent = Assert.Single(reminders, r => r.SubjectId == other.ToString());
        Assert.Equal(noPhone.Id, unsent.AccountId);
        Assert.Null(unsent.SmsMessageId); // no phone on file: recorded, not sent
        var sms = Assert.Single(await SmsAsync());
        Assert.Equal("+77012223344", sms.Phone);
        Assert.Contains("10.12.2026", sms.Text);
        Assert.Contains(submitted.ToString()[..8], sms.Text);
        Assert.Contains($"/Officer/Review/Details?id={submitted}", sms.Text);
        Assert.DoesNotContain(TestIins.Recipient1, sms.Text); // no personal data in the SMS
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 0, 0, 0, TimeSpan.FromHours(5)), reminders[0].DueAt);

        App.Time.Advance(TimeSpan.FromDays(3)); // 10 Dec: last day, still on time
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        Assert.Single(await SmsAsync());

        App.Time.Advance(TimeSpan.FromDays(1)); // 11 Dec: overdue
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        var all = await SmsAsync();
        Assert.Equal(2, all.Count);
        Assert.Contains("10.12.2026", all[1].Text);
        Assert.Contains(all[1].Text, (await RemindersAsync()).Where(r => r.Kind == ReminderKind.ReviewOverdue).Select(r => r.Text));
        Assert.Equal(4, (await RemindersAsync()).Count);
    }

    [Fact]
    public async Task Decided_applications_are_not_reminded()
    {
        var officer = await App.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        await App.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Id == officer.Id)).Phone = "+77012223344"; return await db.SaveChangesAsync(); });
        var id = await ApplicationAsync(TestIins.Officer, ApplicationStatus.Submitted, TestIins.Recipient1);
        await App.WithDbAsync(async db =>
        {
            var app = await db.Applications.SingleAsync(a => a.Id == id);
            app.Status = Enum.GetValues<ApplicationStatus>().First(s => s is not ApplicationStatus.Draft and not ApplicationStatus.Submitted);
            return await db.SaveChangesAsync();
        });

        App.Time.Advance(TimeSpan.FromDays(20));
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(App);
        Assert.Empty(await RemindersAsync());
        Assert.Empty(await SmsAsync());
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _host?.Dispose();
    }
}

/// <summary>On SQLite (the embedded default).</summary>
public sealed class SqliteReviewDeadlineReminderTests : ReviewDeadlineReminderTests
{
    /// <inheritdoc />
    protected override void Configure(PlatformFactory app) { }
}

/// <summary>On the PostgreSQL fixture.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlReviewDeadlineReminderTests(PostgresServer server) : ReviewDeadlineReminderTests
{
    /// <inheritdoc />
    protected override void Configure(PlatformFactory app)
    {
        app.Settings["Database:Provider"] = "PostgreSql";
        app.Settings["ConnectionStrings:Platform"] = server.CreateDatabaseAsync().GetAwaiter().GetResult();
    }
}
