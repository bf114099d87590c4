using Microsoft.EntityFrameworkCore;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Small waits shared by tests.</summary>
internal static class TestWaits
{
    /// <summary>Waits until the host has seeded the six demo users (it does so on start).</summary>
    public static async Task DemoUsersAsync(PlatformFactory app)
    {
        _ = app.Services;
        for (var i = 0; i < 200; i++)
        {
            if (await app.WithDbAsync(db => db.Users.CountAsync()) >= 6) return;
            await Task.Delay(50);
        }

        throw new InvalidOperationException("demo users were not seeded");
    }
}
