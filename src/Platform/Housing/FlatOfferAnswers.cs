using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Housing;

/// <summary>
/// A.17: the tenant's answer to a flat offer — accept (the contract is drafted on that flat, which becomes Leased) or
/// decline (the flat goes back to the stock and the next fitting flat is offered). Only the application's own tenant
/// answers; an offer is answered once (its status is a concurrency token).
/// </summary>
public sealed class FlatOfferAnswers(PlatformDbContext db, FlatOffers offers, ContractDrafts drafts, TimeProvider time)
{
    /// <summary>A.17: the tenant accepts the offer; the contract is drafted on the flat (404 not theirs, 409 answered already).</summary>
    public async Task<Outcome<FlatOfferView>> AcceptAsync(string tenantIin, Guid offerId, CancellationToken ct)
    {
        if (await OwnOfferAsync(tenantIin, offerId, ct) is not { } found) return Outcome<FlatOfferView>.Refused(404, "housing.refused.no_offer");
        var (offer, flat, app) = found;
        if (offer.Status != FlatOfferStatus.Pending) return Outcome<FlatOfferView>.Refused(409, "housing.refused.answered", new Outcome.Text("housing.refused.status." + offer.Status));
        offer.Status = FlatOfferStatus.Accepted;
        offer.AnsweredAt = time.GetUtcNow();
        flat.State = FlatState.Leased;
        var lease = await drafts.DraftAsync(app, flat, ct);
        offer.LeaseId = lease.Id;
        return await SaveAsync(offer, flat, ct);
    }

    /// <summary>The tenant declines: the flat goes back to the stock and the next fitting flat (not one declined before) is offered.</summary>
    public async Task<Outcome<FlatOfferView>> DeclineAsync(string tenantIin, Guid offerId, CancellationToken ct)
    {
        if (await OwnOfferAsync(tenantIin, offerId, ct) is not { } found) return Outcome<FlatOfferView>.Refused(404, "housing.refused.no_offer");
        var (offer, flat, app) = found;
        if (offer.Status != FlatOfferStatus.Pending) return Outcome<FlatOfferView>.Refused(409, "housing.refused.answered", new Outcome.Text("housing.refused.status." + offer.Status));
        offer.Status = FlatOfferStatus.Declined;
        offer.AnsweredAt = time.GetUtcNow();
        flat.State = FlatState.Free;
        flat.HolderApplicationId = null;
        var saved = await SaveAsync(offer, flat, ct);
        if (!saved.Succeeded) return saved;
        db.ChangeTracker.Clear();
        await offers.OfferAsync(app.Id, ct);
        return Outcome<FlatOfferView>.Ok((await offers.MineAsync(tenantIin, ct))!);
    }

    private async Task<Outcome<FlatOfferView>> SaveAsync(FlatOffer offer, Flat flat, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<FlatOfferView>.Ok(FlatOfferView.Of(offer, flat));
        }
        catch (DbUpdateException)
        {
            // The offer's status is a concurrency token, the lease unique per application: answered meanwhile.
            return Outcome<FlatOfferView>.Refused(409, "housing.refused.answered_meanwhile");
        }
    }

    private async Task<(FlatOffer Offer, Flat Flat, TenantApplication App)?> OwnOfferAsync(string tenantIin, Guid offerId, CancellationToken ct)
    {
        var offer = await db.FlatOffers.SingleOrDefaultAsync(x => x.Id == offerId, ct);
        if (offer is null) return null;
        var app = await db.Applications.Include(a => a.Guarantors).SingleOrDefaultAsync(a => a.Id == offer.ApplicationId && a.TenantIin == tenantIin, ct);
        if (app is null) return null;
        return (offer, await db.Flats.SingleAsync(f => f.Id == offer.FlatId, ct), app);
    }
}
