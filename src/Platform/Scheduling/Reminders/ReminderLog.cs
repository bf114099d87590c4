using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Scheduling.Reminders;

/// <summary>
/// Writes reminders with their SMS in one transaction, so a reminder exists exactly when its SMS is queued;
/// the unique index on <see cref="SentReminder"/> makes a second writer (another node, a retried run) fail
/// instead of sending twice. Then hands the outbox to the SMS provider.
/// </summary>
public sealed class ReminderLog(PlatformDbContext db, SmsOutbox sms, ILogger<ReminderLog> logger)
{
    /// <summary>Whether this reminder has already been produced.</summary>
    public Task<bool> ExistsAsync(ReminderKind kind, string subjectId, int leadMinutes, Guid accountId, CancellationToken ct) =>
        db.Set<SentReminder>().AnyAsync(r => r.Kind == kind && r.SubjectId == subjectId && r.LeadMinutes == leadMinutes && r.AccountId == accountId, ct);

    /// <summary>Adds a reminder; queues its SMS when <paramref name="phone"/> is known and it is not superseded.</summary>
    public SentReminder Add(ReminderKind kind, string subjectId, int leadMinutes, Guid accountId, string? phone, string text, DateTimeOffset dueAt, bool superseded = false)
    {
        var reminder = new SentReminder
        {
            Id = Guid.NewGuid(), Kind = kind, SubjectId = subjectId, LeadMinutes = leadMinutes, AccountId = accountId,
            Text = text, DueAt = dueAt, CreatedAt = sms.Now, Superseded = superseded,
        };
        if (!superseded && !string.IsNullOrWhiteSpace(phone))
        {
            reminder.SmsMessageId = sms.Enqueue(phone, text, accountId).Id;
        }

        db.Set<SentReminder>().Add(reminder);
        return reminder;
    }

    /// <summary>
    /// Saves the reminders and their SMS together and dispatches the outbox. Returns how many reminders were saved:
    /// 0 when another writer got there first (the unique index refused them; nothing is sent).
    /// </summary>
    public async Task<int> CommitAsync(CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<SentReminder>().Count(e => e.State == EntityState.Added);
        if (added == 0) return 0;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Reminders not saved (already produced by another run?); none of them is sent");
            db.ChangeTracker.Clear();
            return 0;
        }

        await sms.DispatchPendingAsync(ct);
        return added;
    }
}
