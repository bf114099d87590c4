using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Housing;
using RentToOwn.Platform.Housing.Import;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Housing;

/// <summary>A.17 flat offers on one provider; each context stands for another platform instance.</summary>
internal static class HousingScenarios
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private static FlatOffers Offers(PlatformDbContext db) => new(db, Options.Create(new HousingOptions()), Time);

    /// <summary>A migrated database with <paramref name="flats"/> two-room flats and <paramref name="applications"/> approved families of two.</summary>
    public static async Task<List<Guid>> SeedAsync(Func<PlatformDbContext> open, int flats, int applications)
    {
        await using var db = open();
        await db.Database.MigrateAsync();
        var rows = Enumerable.Range(1, flats).Select(i => new FlatRow(i, $"21-320-900-{i:000}", $"Astana, test street 1, flat {i}", 54.5m, 30m, 2, 15_000_000 + i, "Астана")).ToList();
        Assert.Empty((await new FlatImporter(db, Offers(db), Options.Create(new HousingOptions()), Time).AddAsync(rows, CancellationToken.None)).Errors);
        var ids = Enumerable.Range(1, applications).Select(_ => Guid.NewGuid()).ToList();
        db.Applications.AddRange(ids.Select((id, i) => new TenantApplication
        {
            Id = id, TenantIin = $"9001013{i:00000}", Status = ApplicationStatus.Approved, FamilyMembers = 2, CreatedAt = Time.GetUtcNow().AddMinutes(i),
        }));
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>A.17: many approvals at once on fewer flats: each flat goes to one application, each application gets at most one flat.</summary>
    public static async Task ConcurrentApprovalsNeverShareAFlatAsync(Func<PlatformDbContext> open)
    {
        var ids = await SeedAsync(open, flats: 3, applications: 8);
        using var start = new ManualResetEventSlim();
        var tasks = ids.Select(id => Task.Run(async () =>
        {
            await using var db = open();
            start.Wait();
            return await Offers(db).OfferAsync(id, CancellationToken.None);
        })).ToList();
        start.Set();
        var offers = (await Task.WhenAll(tasks)).OfType<FlatOffer>().ToList();

        Assert.Equal(3, offers.Count);
        Assert.Equal(3, offers.Select(o => o.FlatId).Distinct().Count());
        Assert.Equal(3, offers.Select(o => o.ApplicationId).Distinct().Count());
        await using var check = open();
        var flats = await check.Flats.AsNoTracking().ToListAsync();
        Assert.All(flats, f => Assert.Equal(FlatState.Offered, f.State));
        Assert.Equal(offers.Select(o => (o.FlatId, o.ApplicationId)).OrderBy(x => x.FlatId),
            flats.Select(f => (f.Id, f.HolderApplicationId!.Value)).OrderBy(x => x.Id));
        Assert.Equal(3, await check.FlatOffers.CountAsync());
    }

    /// <summary>A double-clicked approval (the same application offered twice at once) holds one flat only.</summary>
    public static async Task ConcurrentOffersToOneApplicationHoldOneFlatAsync(Func<PlatformDbContext> open)
    {
        var id = (await SeedAsync(open, flats: 3, applications: 1)).Single();
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = open();
            start.Wait();
            return await Offers(db).OfferAsync(id, CancellationToken.None);
        })).ToList();
        start.Set();
        var offers = await Task.WhenAll(tasks);

        await using var check = open();
        Assert.Equal(1, await check.Flats.CountAsync(f => f.State == FlatState.Offered));
        Assert.Equal(2, await check.Flats.CountAsync(f => f.State == FlatState.Free && f.HolderApplicationId == null));
        var stored = await check.FlatOffers.SingleAsync();
        // Whoever lost the race got the winner's offer (or saw none yet), never another flat.
        Assert.All(offers.OfType<FlatOffer>(), o => Assert.Equal(stored.FlatId, o.FlatId));
    }
}
