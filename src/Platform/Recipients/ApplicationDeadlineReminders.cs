using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Recipients;

/// <summary>
/// A.7 reminders: a recipient who has not submitted the application gets one SMS when two calendar days
/// (or fewer) remain of the 15. Run by the Scheduling area's ApplicationReminderJob; the clock is the injected TimeProvider.
/// </summary>
public sealed class ApplicationDeadlineReminders(PlatformDbContext db, DeadlineCalculator deadlines, SmsOutbox sms, UiText texts, IOptions<SmsOptions> smsOptions) : IScheduledWork
{
    /// <summary>Days before the deadline when the reminder goes out.</summary>
    public const int DaysBefore = 2;

    /// <summary>Queues and sends the due reminders; returns how many were queued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = deadlines.Today;
        var horizon = today.AddDays(DaysBefore);
        var due = await db.RecipientListEntries
            .Where(e => e.ReminderSentAt == null && e.ApplicationDeadline >= today && e.ApplicationDeadline <= horizon)
            .ToListAsync(ct);
        var submitted = await db.Applications.Where(a => a.Status != ApplicationStatus.Draft).Select(a => a.TenantIin).ToListAsync(ct);
        var queued = 0;
        foreach (var entry in due.Where(e => !submitted.Contains(e.Iin)))
        {
            var date = entry.ApplicationDeadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            var url = smsOptions.Value.PortalUrl;
            sms.Enqueue(entry.Phone, texts.Sms("sms.reminder", date, url), entry.AccountId);
            entry.ReminderSentAt = sms.Now;
            queued++;
        }

        await db.SaveChangesAsync(ct);
        if (queued > 0) await sms.DispatchPendingAsync(ct);
        return queued;
    }
}
