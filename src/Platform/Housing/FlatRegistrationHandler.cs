using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Housing;

/// <summary>
/// KTK's stock follows the registrations: A.34, the tenant's ownership registered → the flat is Sold; a termination
/// registered without an ownership paired with it (a voluntary termination, or one ordered by a court, seed 000) → the
/// flat is KTK's again and goes back to Free, and is offered to whoever waits for a flat that fits (as after an import).
/// A termination paired with an ownership (A.29 buyout) leaves the flat Leased until the ownership is registered.
/// </summary>
public sealed class FlatRegistrationHandler(PlatformDbContext db, FlatOffers offers, ILogger<FlatRegistrationHandler> log) : IRegistrationRegisteredHandler
{
    /// <inheritdoc />
    public async Task OnRegisteredAsync(RegistrationApplication app, CancellationToken ct)
    {
        if (app.Kind == RegistrationKind.LeaseEncumbrance) return;
        var cadastral = await db.Leases.AsNoTracking().Where(l => l.Id == app.LeaseId).Select(l => l.Flat.CadastralNumber).SingleOrDefaultAsync(ct);
        var flat = cadastral is null ? null : await db.Set<Flat>().SingleOrDefaultAsync(f => f.CadastralNumber == cadastral, ct);
        if (flat is null) return; // not a flat of the imported stock
        if (app.Kind == RegistrationKind.Ownership)
        {
            // A.34: ownership passed to the tenant.
            flat.State = FlatState.Sold;
            await db.SaveChangesAsync(ct);
            log.LogInformation("Flat {Flat} sold: ownership registered ({Registration})", flat.CadastralNumber, app.Id);
            return;
        }

        var buyout = await db.Set<RegistrationApplication>().AsNoTracking()
            .AnyAsync(o => o.RelatedRegistrationId == app.Id && o.Kind == RegistrationKind.Ownership && o.Status != RegistrationStatus.Refused, ct);
        if (buyout || flat.State != FlatState.Leased) return;
        flat.State = FlatState.Free;
        flat.HolderApplicationId = null;
        await db.SaveChangesAsync(ct);
        log.LogInformation("Flat {Flat} free again: the lease ended without purchase ({Registration})", flat.CadastralNumber, app.Id);
        await offers.OfferToWaitingAsync(ct);
    }
}
