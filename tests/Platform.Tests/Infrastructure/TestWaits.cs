using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Small waits shared by tests.</summary>
internal static class TestWaits
{
    /// <summary>
    /// How long a test waits for background work of the real host (payment callbacks, the cadastre simulator, seeding).
    /// Measured in wall time, not in loop turns: CI runs every test assembly at once on 2 cores, where one turn of a
    /// poll (an HTTP request or a query) can take seconds. A passing wait returns as soon as its condition holds.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Polls <paramref name="done"/> every 50 ms until it holds (true) or <paramref name="limit"/> (default <see cref="Limit"/>) has passed (false).</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> done, TimeSpan? limit = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await done()) return true;
            if (waited.Elapsed > (limit ?? Limit)) return false;
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the host has seeded the six demo users (it does so on start).</summary>
    public static async Task DemoUsersAsync(PlatformFactory app)
    {
        _ = app.Services;
        if (!await UntilAsync(async () => await app.WithDbAsync(db => db.Users.CountAsync()) >= 6))
        {
            throw new InvalidOperationException("demo users were not seeded");
        }
    }
}
