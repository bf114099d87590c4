using System.Text;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Applications.Reminders;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.VideoSessions.Reminders;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>A.7 through its Quartz job on the fake clock: only recipients who have not applied, two days before, once.</summary>
public sealed class ApplicationReminderJobTests : IDisposable
{
    private readonly PlatformFactory _app = new();

    [Fact]
    public async Task Job_reminds_recipients_who_have_not_applied_once()
    {
        await _app.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var officer = await _app.SignedInClientAsync(TestIins.Officer);
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{TestIins.Recipient1},A B,+77011234567,vulnerable\n{TestIins.Recipient2},C D,+77771234567,budget\n");
        var upload = await FormPost.UploadAsync(officer, "/Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Akimat", ["ReceivedOn"] = "2026-11-25" }, "Upload", "l.csv", csv);
        Assert.True(upload.IsSuccessStatusCode || (int)upload.StatusCode == 302, $"upload: {upload.StatusCode}");
        await _app.WithDbAsync(async db =>
        {
            db.Applications.Add(new TenantApplication
            {
                Id = Guid.NewGuid(), TenantIin = TestIins.Recipient2, Status = ApplicationStatus.Submitted, CreatedAt = _app.Time.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        Task<List<Notifications.SmsMessage>> Reminders() => _app.WithDbAsync(db => db.SmsOutbox.Where(m => m.Text.Contains("(А.7)")).ToListAsync());

        _app.Time.Advance(TimeSpan.FromDays(12)); // 7 Dec: 3 days left of 15
        await JobRunner.RunAsync<ApplicationReminderJob>(_app);
        Assert.Empty(await Reminders());

        _app.Time.Advance(TimeSpan.FromDays(1)); // 8 Dec: 2 days left
        await JobRunner.RunAsync<ApplicationReminderJob>(_app);
        await JobRunner.RunAsync<ApplicationReminderJob>(_app);
        var sms = Assert.Single(await Reminders());
        Assert.Equal("+77011234567", sms.Phone);
        Assert.Contains("10.12.2026", sms.Text);
    }

    public void Dispose() => _app.Dispose();
}
