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
    public async Task<T?> WithClaimAsync<T>(string key, Func<Task<T>> work, CancellationToken ct, Guid? submission = null) where T : class
    {
        var claim = await TryClaimAsync(key, submission, ct);
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

    /// <summary>This process's part of its claim tokens (a claim of the same submission by another process: one that died).</summary>
    public static Guid Instance { get; } = Guid.NewGuid();

    /// <summary>
    /// The claim token of a submission on this process: the signature bytes' hash, then the process's part. The same bytes
    /// resent after the process that claimed them died (issue 17 §3) take that claim over at once instead of after
    /// <see cref="Lifetime"/>; on one process a double click of the same bytes still finds the step taken.
    /// </summary>
    public static Guid Submission(byte[] cms) => Submission(cms, Instance);

    /// <summary>The claim token of a submission made on the process with the part <paramref name="instance"/>.</summary>
    public static Guid Submission(byte[] cms, Guid instance)
    {
        Span<byte> token = stackalloc byte[16];
        System.Security.Cryptography.SHA256.HashData(cms).AsSpan(0, 8).CopyTo(token);
        instance.ToByteArray().AsSpan(8, 8).CopyTo(token[8..]);
        return new Guid(token);
    }

    private async Task<SigningClaim?> TryClaimAsync(string key, Guid? submission, CancellationToken ct)
    {
        if (await InsertAsync(key, submission, ct) is { } claim) return claim;
        // A claim abandoned by a request that died mid-way would block the step for good: after its lifetime it is taken
        // over, and at once by the same submission resent when another process (a dead one) had claimed it.
        var stale = time.GetUtcNow() - Lifetime;
        var held = await db.Set<SigningClaim>().AsNoTracking().Where(c => c.Key == key).Select(c => (Guid?)c.Token).SingleOrDefaultAsync(ct);
        var abandoned = held is { } h && submission is { } mine && SameSubmission(h, mine) && h != mine ? h : (Guid?)null;
        return await db.Set<SigningClaim>().Where(c => c.Key == key && (c.ClaimedAt < stale || (abandoned != null && c.Token == abandoned)))
                .ExecuteDeleteAsync(ct) > 0
            ? await InsertAsync(key, submission, ct)
            : null;
    }

    private static bool SameSubmission(Guid a, Guid b) => a.ToByteArray().AsSpan(0, 8).SequenceEqual(b.ToByteArray().AsSpan(0, 8));

    private async Task<SigningClaim?> InsertAsync(string key, Guid? submission, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var claim = new SigningClaim { Key = key, Token = submission ?? Guid.NewGuid(), ClaimedAt = time.GetUtcNow() };
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
