using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Notifications;

/// <summary>
/// The SMS outbox: a message is written in the same transaction as the change that causes it,
/// then handed to the <see cref="ISmsSender"/>. A failed hand-over stays pending for the next run.
/// </summary>
public sealed class SmsOutbox(PlatformDbContext db, ISmsSender sender, TimeProvider time, ILogger<SmsOutbox> logger)
{
    /// <summary>The outbox's clock reading.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Adds a message to the context (saved with the caller's changes).</summary>
    public SmsMessage Enqueue(string phone, string text, Guid? accountId)
    {
        var message = new SmsMessage
        {
            Id = Guid.NewGuid(), Phone = phone, Text = text, CreatedAt = time.GetUtcNow(),
            Provider = sender.Name, AccountId = accountId,
        };
        db.SmsOutbox.Add(message);
        return message;
    }

    /// <summary>Sends every pending message; returns how many were sent.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.SmsOutbox.Where(m => m.SentAt == null).OrderBy(m => m.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in pending)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.SentAt = time.GetUtcNow();
                message.Provider = sender.Name;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "SMS {Id} not sent; it stays in the outbox", message.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
