using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Housing.Import;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Housing;

/// <summary>Embedded default: while <c>Eds:SeedDemoUsers</c> is on (never in Production), an empty stock gets <see cref="DemoFlats"/>.</summary>
internal sealed class DemoFlatSeeder(EdsTrust trust, IServiceScopeFactory scopes, IOptions<ContractOffer> offer) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!trust.Options.SeedDemoUsers) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (await db.Flats.AnyAsync(cancellationToken)) return;
        await scope.ServiceProvider.GetRequiredService<FlatImporter>().AddAsync(DemoFlats.All(offer.Value), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
