using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>Saves a new payment row; a concurrent duplicate delivery of the same payment id is a no-op.</summary>
internal static class TermPaymentStore
{
    public static async Task SaveOnceAsync(PlatformDbContext db, Guid paymentId, ILogger logger, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            foreach (var e in db.ChangeTracker.Entries<TermPayment>().Where(e => e.Entity.Id == paymentId).ToList()) e.State = EntityState.Detached;
            if (!await db.Set<TermPayment>().AnyAsync(p => p.Id == paymentId, ct)) throw;
            logger.LogInformation("Payment {Id} was recorded by a concurrent delivery", paymentId);
        }
    }
}
