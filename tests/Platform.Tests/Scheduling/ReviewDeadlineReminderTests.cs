using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Scheduling.Jobs;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>A.13 on the fake clock: the officer is reminded once 3 days before the 15-calendar-day deadline, once when it has passed.</summary>
public sealed class ReviewDeadlineReminderTests : IDisposable
{
    private readonly PlatformFactory _app = new();

    private async Task<Guid> ApplicationAsync(string officerIin, ApplicationStatus status, string tenantIin)
    {
        var submittedAt = _app.Time.GetUtcNow();
        var deadline = _app.Services.GetRequiredService<DeadlineCalculator>().For(LegalDeadline.KtkDecision, submittedAt);
        return await _app.WithDbAsync(async db =>
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

    private Task<List<SentReminder>> RemindersAsync() => _app.WithDbAsync(db => db.Set<SentReminder>().OrderBy(r => r.CreatedAt).ToListAsync());

    private Task<List<Notifications.SmsMessage>> SmsAsync() =>
        _app.WithDbAsync(db => db.SmsOutbox.Where(m => m.Text.Contains("A.13")).OrderBy(m => m.CreatedAt).ToListAsync());

    [Fact]
    public async Task Officer_is_reminded_before_and_after_the_decision_deadline_once_each()
    {
        var officer = await _app.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var noPhone = await _app.AddUserAsync(TestIins.Officer2, "Officer Two", PlatformRoles.Officer);
        await _app.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Id == officer.Id)).Phone = "+77012223344"; return await db.SaveChangesAsync(); });

        var submitted = await ApplicationAsync(TestIins.Officer, ApplicationStatus.Submitted, TestIins.Recipient1); // 25 Nov → deadline 10 Dec
        var other = await ApplicationAsync(TestIins.Officer2, ApplicationStatus.Submitted, TestIins.Recipient2);
        await ApplicationAsync(TestIins.Officer, ApplicationStatus.Draft, TestIins.Recipient3); // not received: no clock

        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        _app.Time.Advance(TimeSpan.FromDays(11)); // 6 Dec: 4 days left
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        Assert.Empty(await RemindersAsync());

        _app.Time.Advance(TimeSpan.FromDays(1)); // 7 Dec: 3 days left
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
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

        _app.Time.Advance(TimeSpan.FromDays(3)); // 10 Dec: last day, still on time
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        Assert.Single(await SmsAsync());

        _app.Time.Advance(TimeSpan.FromDays(1)); // 11 Dec: overdue
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        var all = await SmsAsync();
        Assert.Equal(2, all.Count);
        Assert.Contains("10.12.2026", all[1].Text);
        Assert.Contains(all[1].Text, (await RemindersAsync()).Where(r => r.Kind == ReminderKind.ReviewOverdue).Select(r => r.Text));
        Assert.Equal(4, (await RemindersAsync()).Count);
    }

    [Fact]
    public async Task Decided_applications_are_not_reminded()
    {
        var officer = await _app.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        await _app.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Id == officer.Id)).Phone = "+77012223344"; return await db.SaveChangesAsync(); });
        var id = await ApplicationAsync(TestIins.Officer, ApplicationStatus.Submitted, TestIins.Recipient1);
        await _app.WithDbAsync(async db =>
        {
            var app = await db.Applications.SingleAsync(a => a.Id == id);
            app.Status = Enum.GetValues<ApplicationStatus>().First(s => s is not ApplicationStatus.Draft and not ApplicationStatus.Submitted);
            return await db.SaveChangesAsync();
        });

        _app.Time.Advance(TimeSpan.FromDays(20));
        await JobRunner.RunAsync<ReviewDeadlineReminderJob>(_app);
        Assert.Empty(await RemindersAsync());
        Assert.Empty(await SmsAsync());
    }

    public void Dispose() => _app.Dispose();
}
