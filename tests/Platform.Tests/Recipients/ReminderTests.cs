using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Recipients;

/// <summary>A.7 reminders on the fake clock: once, two days before the 15-day deadline, only to those who have not submitted.</summary>
public sealed class ReminderTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    private Task<int> RunAsync() => _factory.WithDbAsync(async _ =>
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDeadlineReminders>().RunAsync(CancellationToken.None);
    });

    [Fact]
    public async Task Reminder_goes_once_when_two_days_remain()
    {
        await _factory.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var officer = await _factory.SignedInClientAsync(TestIins.Officer);
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{TestIins.Recipient1},A B,+77011234567,vulnerable\n{TestIins.Recipient2},C D,+77771234567,budget\n");
        await FormPost.UploadAsync(officer, "/Officer/RecipientLists", new Dictionary<string, string> { ["Source"] = "Akimat", ["ReceivedOn"] = "2026-11-25" }, "Upload", "l.csv", csv);
        // Recipient 2 has already submitted.
        await _factory.WithDbAsync(async db =>
        {
            db.Applications.Add(new RentToOwn.Platform.Applications.TenantApplication
            {
                Id = Guid.NewGuid(), TenantIin = TestIins.Recipient2, Status = RentToOwn.Platform.Applications.ApplicationStatus.Submitted, CreatedAt = _factory.Time.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunAsync()); // 25 Nov: deadline 10 Dec is 15 days away
        _factory.Time.Advance(TimeSpan.FromDays(12)); // 7 Dec: 3 days left
        Assert.Equal(0, await RunAsync());
        _factory.Time.Advance(TimeSpan.FromDays(1)); // 8 Dec: 2 days left
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync()); // once only
        var reminders = await _factory.WithDbAsync(db => db.SmsOutbox.Where(m => m.Text.Contains("(А.7)")).ToListAsync());
        var reminder = Assert.Single(reminders);
        Assert.Equal("+77011234567", reminder.Phone);
        Assert.Contains("10.12.2026", reminder.Text);
        Assert.NotNull(reminder.SentAt);
    }

    public void Dispose() => _factory.Dispose();
}
