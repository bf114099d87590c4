using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RentToOwn.Platform.Term.Notices;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>Payment reminders N days before the due date and arrears notices, once per period (FakeTimeProvider), and the Quartz job.</summary>
public sealed class TermNoticesTests : IDisposable
{
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<int> RunAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TermNotices>().RunAsync(default);
    }

    [Fact]
    public async Task Arrears_notices_and_reminders_go_out_once_per_period()
    {
        // Due on the 28th; today Wed 2026-11-25: periods 1–5 overdue; period 6 (Sat 11-28 → Mon 11-30) is 5 days away.
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        Assert.Equal(5, await RunAsync());
        var notices = await _app.WithDbAsync(db => db.Set<TermNotice>().Where(n => n.LeaseId == lease.Id).OrderBy(n => n.Period).ToListAsync());
        Assert.Equal([1, 2, 3, 4, 5], notices.Select(n => n.Period));
        Assert.All(notices, n => Assert.Equal(TermNoticeKind.Arrears, n.Kind));
        var sms = await _app.WithDbAsync(db => db.SmsOutbox.Where(m => m.Phone == "+77011234567").ToListAsync());
        Assert.Equal(5, sms.Count);
        Assert.All(sms, m => Assert.NotNull(m.SentAt));
        Assert.Contains(sms, m => m.Text.Contains(lease.Number) && m.Text.Contains("просрочен") && m.Text.Contains("149"));

        Assert.Equal(0, await RunAsync()); // idempotent per period

        // Friday 11-27: the reminder for the 6th payment (effective due Monday 11-30, 3 days ahead).
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        var reminder = await _app.WithDbAsync(db => db.Set<TermNotice>().SingleAsync(n => n.Kind == TermNoticeKind.Reminder));
        Assert.Equal(6, reminder.Period);
        Assert.Equal(new DateOnly(2026, 11, 30), reminder.DueDate);
        Assert.Equal(0, await RunAsync());

        // Tuesday 12-01: the 6th payment is now in arrears too.
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(2, await _app.WithDbAsync(db => db.Set<TermNotice>().CountAsync(n => n.Period == 6)));
    }

    [Fact]
    public async Task Paid_and_unsigned_leases_get_no_notices()
    {
        var unsigned = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28), signed: false);
        var paid = await _app.SignedLeaseAsync(new DateOnly(2026, 9, 20), months: 2);
        using var tenant = await _app.As("tenant");
        await _app.PayAsync(tenant, $"/api/term/{paid.Id}/installments/1/payments");
        await _app.PayAsync(tenant, $"/api/term/{paid.Id}/installments/2/payments");
        Assert.Equal(0, await RunAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<TermNotice>().CountAsync(n => n.LeaseId == unsigned.Id || n.LeaseId == paid.Id)));
    }

    [Fact]
    public async Task The_notices_job_is_registered_with_quartz()
    {
        using var app = new JobsPlatform();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(new JobKey(TermNoticeJob.Name));
        Assert.Contains(triggers, t => t.Key.Name == TermNoticeJob.Name);
    }

    private sealed class JobsPlatform : Infrastructure.PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:Enabled", "true");
        }
    }
}
