using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// The spouse cabinet's signature over the submitted application (like a guarantor's, A.12): the spouse named in a
/// married tenant's application signs it with their EDS signing key. Found by the spouse's own IIN only.
/// </summary>
public sealed class SpouseSignatures(PlatformDbContext db, ApplicationCoSigning coSigning) : IApplicationCoSigner
{
    /// <summary>The applications naming <paramref name="spouseIin"/> as the tenant's spouse.</summary>
    public Task<List<TenantApplication>> ApplicationsAsync(string spouseIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .Where(a => a.Married && a.SpouseIin == spouseIin).AsNoTracking().ToListAsync(ct);

    /// <summary>One application naming <paramref name="spouseIin"/> as spouse, or null.</summary>
    public Task<TenantApplication?> FindAsync(string spouseIin, Guid applicationId, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Married && a.SpouseIin == spouseIin, ct);

    /// <summary>Verifies and stores the spouse's signature; the error says why not (a conflict when signed already).</summary>
    public async Task<Outcome> SignAsync(string spouseIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await FindAsync(spouseIin, applicationId, ct);
        if (app is null) return new("No such application names you as the spouse.");
        if (app.SpouseSignedAt is not null) return ApplicationCoSigning.AlreadySigned;
        return await coSigning.SignAsync(app, spouseIin, "spouse", cms,
            c => db.Applications.AsNoTracking().AnyAsync(a => a.Id == app.Id && a.SpouseSignedAt != null, c),
            signedAt => (app.SpouseSignatureCms, app.SpouseSignedAt) = (cms, signedAt), ct);
    }
}
