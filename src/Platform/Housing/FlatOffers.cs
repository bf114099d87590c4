using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Housing;

/// <summary>
/// A.17: an approved applicant is offered a free flat of KTK's stock that fits the family (<see cref="HousingOptions"/>);
/// the tenant answers through <see cref="FlatOfferAnswers"/>.
/// A flat is claimed by one conditional UPDATE inside a transaction, and a flat holds at most one application (unique
/// index), so two tenants never get the same flat, also under concurrent approvals on several instances.
/// </summary>
public sealed class FlatOffers(PlatformDbContext db, IOptions<HousingOptions> options, TimeProvider time)
{
    private const int MaxClaimAttempts = 20;

    /// <summary>
    /// A.17 seam: called once the officer's approval is saved (<c>Applications/Decisions</c>). Offers the best fitting
    /// free flat, or returns the offer already made; null when no fitting flat is free (the application waits for one).
    /// </summary>
    public async Task<FlatOffer?> OfferAsync(Guid applicationId, CancellationToken ct)
    {
        var app = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.Status == ApplicationStatus.Approved, ct);
        if (app is null || await db.Leases.AnyAsync(l => l.ApplicationId == applicationId, ct)) return null;
        if (await PendingAsync(applicationId, ct) is { } existing) return existing;

        var o = options.Value;
        var (min, max) = (o.MinRooms(app.FamilyMembers), o.MaxRooms(app.FamilyMembers));
        var declined = await db.FlatOffers.Where(x => x.ApplicationId == applicationId && x.Status == FlatOfferStatus.Declined)
            .Select(x => x.FlatId).ToListAsync(ct);
        var tried = new HashSet<Guid>();
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            // Fewest rooms that fit first, then the lower price, then KTK's numbering.
            var candidate = await db.Flats.AsNoTracking()
                .Where(f => f.State == FlatState.Free && f.Rooms >= min && f.Rooms <= max && !declined.Contains(f.Id) && !tried.Contains(f.Id))
                .OrderBy(f => f.Rooms).ThenBy(f => f.PriceKzt).ThenBy(f => f.CadastralNumber)
                .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
            if (candidate is not { } flatId) return null;
            tried.Add(flatId);
            if (await TryClaimAsync(applicationId, flatId, ct) is { } offer) return offer;
            // Taken by a concurrent approval, or this application got one meanwhile.
            if (await PendingAsync(applicationId, ct) is { } meanwhile) return meanwhile;
        }

        return null;
    }

    private async Task<FlatOffer?> TryClaimAsync(Guid applicationId, Guid flatId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var claimed = await db.Flats.Where(f => f.Id == flatId && f.State == FlatState.Free && f.HolderApplicationId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.State, FlatState.Offered).SetProperty(f => f.HolderApplicationId, applicationId), ct);
            if (claimed != 1) return null;
            var offer = new FlatOffer { Id = Guid.NewGuid(), ApplicationId = applicationId, FlatId = flatId, Status = FlatOfferStatus.Pending, OfferedAt = time.GetUtcNow() };
            db.FlatOffers.Add(offer);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return offer;
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // The unique holder index: this application holds a flat already (a concurrent approval of it).
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private Task<FlatOffer?> PendingAsync(Guid applicationId, CancellationToken ct) =>
        db.FlatOffers.AsNoTracking().Where(x => x.ApplicationId == applicationId && x.Status == FlatOfferStatus.Pending).FirstOrDefaultAsync(ct);

    /// <summary>After an import: offers flats to approved applications still waiting for one, oldest decision first.</summary>
    public async Task<int> OfferToWaitingAsync(CancellationToken ct)
    {
        var waiting = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Approved && !db.Leases.Any(l => l.ApplicationId == a.Id) && !db.Flats.Any(f => f.HolderApplicationId == a.Id))
            .OrderBy(a => a.CreatedAt).Select(a => a.Id).Take(1000).ToListAsync(ct);
        var offered = 0;
        foreach (var id in waiting)
        {
            if (await OfferAsync(id, ct) is not null) offered++;
        }

        return offered;
    }

    /// <summary>The caller's offer: the pending one, else the accepted one, else "waiting" for an approved application; null otherwise.</summary>
    public async Task<FlatOfferView?> MineAsync(string tenantIin, CancellationToken ct)
    {
        var app = await db.Applications.AsNoTracking().Where(a => a.TenantIin == tenantIin && a.Status == ApplicationStatus.Approved)
            .Select(a => new { a.Id }).FirstOrDefaultAsync(ct);
        if (app is null) return null;
        var offers = await db.FlatOffers.AsNoTracking().Where(x => x.ApplicationId == app.Id && x.Status != FlatOfferStatus.Declined).ToListAsync(ct);
        var offer = offers.FirstOrDefault(x => x.Status == FlatOfferStatus.Pending) ?? offers.FirstOrDefault();
        if (offer is null) return new FlatOfferView(null, FlatOfferView.WaitingForFlat, null, null, null, null, null, null, null, null);
        return FlatOfferView.Of(offer, await db.Flats.AsNoTracking().SingleAsync(f => f.Id == offer.FlatId, ct));
    }

}
