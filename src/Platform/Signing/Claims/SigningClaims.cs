using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Signing.Claims;

/// <summary>
/// A.12, A.16, A.18: makes a signature's ledger append happen only for the request whose signature will be stored. Two
/// submissions of one step (a double click, two tabs, two platform instances) both pass their checks; each then claims
/// the step by inserting a <see cref="SigningClaim"/> row, which the database accepts once. Only the holder appends to
/// the ledger; its save deletes the claim together with storing the signature, so the next request sees the signature.
/// </summary>
public sealed class SigningClaims(PlatformDbContext db, TimeProvider time)
{
    /// <summary>A claim older than this was left by a request that died between claim and save; it may be taken over.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <paramref name="work"/> only while holding the claim on <paramref name="key"/>; returns null (without running
    /// it) when another request holds the claim. <paramref name="work"/> must re-read what it checked before the claim
    /// (another request may have stored its signature just before), append to the ledger and call
    /// <c>SaveChangesAsync</c>: that save also deletes the claim. If it does not save, or throws, the claim is released.
    /// Call before making other changes in the scope's database context: claiming saves.
    /// </summary>
    public async Task<T?> WithClaimAsync<T>(string key, Func<Task<T>> work, CancellationToken ct) where T : class
    {
        var claim = await TryClaimAsync(key, ct);
        if (claim is null) return null;
        db.Remove(claim); // deleted by work's own save, atomically with the stored signature
        try
        {
            return await work();
        }
        finally
        {
            if (db.Entry(claim).State != EntityState.Detached)
            {
                // Not saved (refused, or the save failed): free the step for a retry.
                db.Entry(claim).State = EntityState.Detached;
                await db.Set<SigningClaim>().Where(c => c.Key == key && c.Token == claim.Token).ExecuteDeleteAsync(CancellationToken.None);
            }
        }
    }

    private async Task<SigningClaim?> TryClaimAsync(string key, CancellationToken ct)
    {
        if (await InsertAsync(key, ct) is { } claim) return claim;
        // A claim abandoned by a request that died mid-way would block the step for good: after its lifetime it is taken over.
        var stale = time.GetUtcNow() - Lifetime;
        return await db.Set<SigningClaim>().Where(c => c.Key == key && c.ClaimedAt < stale).ExecuteDeleteAsync(ct) > 0
            ? await InsertAsync(key, ct)
            : null;
    }

    private async Task<SigningClaim?> InsertAsync(string key, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var claim = new SigningClaim { Key = key, Token = Guid.NewGuid(), ClaimedAt = time.GetUtcNow() };
            db.Add(claim);
            try
            {
                await db.SaveChangesAsync(ct);
                return claim;
            }
            catch (DbUpdateException)
            {
                db.Entry(claim).State = EntityState.Detached;
                // A claim in place means "taken". None: its holder finished (and deleted it) just now — try again, and the
                // caller's re-check under the claim sees what it stored. A failure that is no key clash is not hidden.
                if (await db.Set<SigningClaim>().AsNoTracking().AnyAsync(c => c.Key == key, ct)) return null;
                if (attempt == 3) throw;
            }
        }
    }
}
