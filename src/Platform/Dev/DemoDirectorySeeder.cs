using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Dev;

/// <summary>
/// Embedded default: loads the EDS trust at start-up (creating the test PKI on first start) and puts the
/// demo parties into the platform directory so a newcomer can log in with their test keys.
/// Runs after <see cref="DatabaseMigrator"/> (hosted services start in registration order).
/// </summary>
internal sealed class DemoDirectorySeeder(EdsTrust trust, IServiceScopeFactory scopes, TimeProvider time, ILogger<DemoDirectorySeeder> logger) : IHostedService
{
    /// <summary>Directory roles of the demo parties (by <c>rto pki init</c> role name).</summary>
    public static PlatformRoles RolesOf(string role) => role switch
    {
        "tenant" => PlatformRoles.Tenant,
        "spouse" => PlatformRoles.Spouse,
        "guarantor" => PlatformRoles.Guarantor,
        "ktk-officer" => PlatformRoles.Officer,
        "ktk-head" => PlatformRoles.Head | PlatformRoles.Officer,
        "registrar" => PlatformRoles.Registrar,
        _ => PlatformRoles.None,
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        trust.EnsureLoaded(); // fail at start-up, not at the first login, when trust is missing
        if (!trust.Options.SeedDemoUsers || trust.Manifest is null) return;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        foreach (var party in trust.Manifest.Parties)
        {
            if (await db.Users.AnyAsync(u => u.Iin == party.Iin, cancellationToken)) continue;
            db.Users.Add(new UserAccount
            {
                Id = Guid.NewGuid(), Iin = party.Iin, FullName = party.Name, Roles = RolesOf(party.Role),
                CreatedAt = time.GetUtcNow(), Phone = null,
            });
            logger.LogInformation("Demo user {Role}: {Name}", party.Role, party.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
