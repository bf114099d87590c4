using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Platform.Signing.Claims;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Contracts;

/// <summary>A.12, A.16, A.18: <see cref="SigningClaims"/> on one provider; each context stands for another platform instance.</summary>
internal static class SigningClaimScenarios
{
    private const string Key = "contract:test:0";

    private static async Task MigrateAsync(Func<PlatformDbContext> open)
    {
        await using var db = open();
        await db.Database.MigrateAsync();
    }

    /// <summary>Of several instances claiming one step at once, exactly one runs its work; the others get null.</summary>
    public static async Task OnlyOneConcurrentClaimRunsAsync(Func<PlatformDbContext> open, int instances = 6)
    {
        await MigrateAsync(open);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var ran = 0;
        var refused = 0;
        var othersDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, instances).Select(_ => Task.Run(async () =>
        {
            await using var db = open();
            start.Wait();
            var result = await new SigningClaims(db, time).WithClaimAsync(Key, async () =>
            {
                Interlocked.Increment(ref ran);
                // Hold the claim until every other instance has been turned away (at most 20 s if two got in).
                await othersDone.Task.WaitAsync(TimeSpan.FromSeconds(20)).ContinueWith(_ => { });
                await db.SaveChangesAsync();
                return "stored";
            }, CancellationToken.None);
            if (result is null && Interlocked.Increment(ref refused) == instances - 1) othersDone.TrySetResult();
            return result;
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(1, ran);
        Assert.Single(results, r => r == "stored");
        Assert.Equal(instances - 1, results.Count(r => r is null));
        await using var check = open();
        Assert.False(await check.Set<SigningClaim>().AnyAsync(), "the holder's save deletes its claim");
    }

    /// <summary>Work that throws, or returns without saving, frees the step for the next submission.</summary>
    public static async Task UnsavedOrFailedWorkReleasesTheClaimAsync(Func<PlatformDbContext> open)
    {
        await MigrateAsync(open);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using (var db = open())
        {
            var claims = new SigningClaims(db, time);
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                claims.WithClaimAsync<string>(Key, () => throw new InvalidOperationException("ledger down"), CancellationToken.None));
            Assert.Equal("refused", await claims.WithClaimAsync(Key, () => Task.FromResult("refused"), CancellationToken.None));
            Assert.Equal("stored", await claims.WithClaimAsync(Key, async () =>
            {
                await db.SaveChangesAsync();
                return "stored";
            }, CancellationToken.None));
        }

        await using var check = open();
        Assert.False(await check.Set<SigningClaim>().AnyAsync());
    }

    /// <summary>A claim left by a request that died mid-way blocks the step only for <see cref="SigningClaims.Lifetime"/>.</summary>
    public static async Task AbandonedClaimIsTakenOverAfterItsLifetimeAsync(Func<PlatformDbContext> open)
    {
        await MigrateAsync(open);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using (var dead = open())
        {
            dead.Add(new SigningClaim { Key = Key, Token = Guid.NewGuid(), ClaimedAt = time.GetUtcNow() });
            await dead.SaveChangesAsync();
        }

        await using var db = open();
        var claims = new SigningClaims(db, time);
        time.Advance(SigningClaims.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Null(await claims.WithClaimAsync(Key, () => Task.FromResult("ran"), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("ran", await claims.WithClaimAsync(Key, () => Task.FromResult("ran"), CancellationToken.None));
    }

    /// <summary>
    /// Issue 17 §3: a claim left by a request that died with its process is taken over at once by the same submission resent
    /// (the same signature bytes) on another process; not by another submission, and not by the same bytes on the process
    /// holding it (a double click), before <see cref="SigningClaims.Lifetime"/>.
    /// </summary>
    public static async Task SameSubmissionTakesItsAbandonedClaimOverAtOnceAsync(Func<PlatformDbContext> open)
    {
        await MigrateAsync(open);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        byte[] cms = [0x30, 0x82, 1, 2, 3], other = [0x30, 0x82, 9, 9, 9];
        await using (var dead = open())
        {
            dead.Add(new SigningClaim { Key = Key, Token = SigningClaims.Submission(cms, Guid.NewGuid()), ClaimedAt = time.GetUtcNow() });
            await dead.SaveChangesAsync();
        }

        await using var db = open();
        var claims = new SigningClaims(db, time);
        Assert.Null(await claims.WithClaimAsync(Key, () => Task.FromResult("ran"), CancellationToken.None));
        Assert.Null(await claims.WithClaimAsync(Key, () => Task.FromResult("ran"), CancellationToken.None, SigningClaims.Submission(other)));
        var stored = await claims.WithClaimAsync(Key, async () =>
        {
            // Held now by this process: the same bytes again (a double click) find the step taken.
            await using (var second = open())
            {
                Assert.Null(await new SigningClaims(second, time).WithClaimAsync(Key, () => Task.FromResult("ran"), CancellationToken.None, SigningClaims.Submission(cms)));
            }

            await db.SaveChangesAsync();
            return "stored";
        }, CancellationToken.None, SigningClaims.Submission(cms));
        Assert.Equal("stored", stored);
        await using var check = open();
        Assert.False(await check.Set<SigningClaim>().AnyAsync(), "the resent submission's save deletes the claim");
    }
}
