using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// The spouse cabinet's signature over the submitted application (like a guarantor's, A.12): the spouse named in a
/// married tenant's application signs it with their EDS signing key. Found by the spouse's own IIN only. Issue 16 §5: once
/// the spouse's consent is withdrawn (or expired), the signature is refused with the date.
/// </summary>
public sealed class SpouseSignatures(PlatformDbContext db, ApplicationCoSigning coSigning, ConsentGate gate) : IApplicationCoSigner
{
    /// <summary>The applications naming <paramref name="spouseIin"/> as the tenant's spouse.</summary>
    public Task<List<TenantApplication>> ApplicationsAsync(string spouseIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .Where(a => a.Married && a.SpouseIin == spouseIin).AsNoTracking().ToListAsync(ct);

    /// <summary>One application naming <paramref name="spouseIin"/> as spouse, or null.</summary>
    public Task<TenantApplication?> FindAsync(string spouseIin, Guid applicationId, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Married && a.SpouseIin == spouseIin, ct);

    /// <inheritdoc />
    public Task<TenantApplication?> FindAsync(CoSigner who, Guid applicationId, CancellationToken ct) => FindAsync(who.Iin, applicationId, ct);

    /// <inheritdoc />
    public Task<Outcome> SignAsync(CoSigner who, Guid applicationId, byte[] cms, CancellationToken ct) => SignAsync(who.Iin, applicationId, cms, ct);

    /// <summary>Verifies and stores the spouse's signature; the error says why not (a conflict when signed already).</summary>
    public async Task<Outcome> SignAsync(string spouseIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await FindAsync(spouseIin, applicationId, ct);
        if (app is null) return new("applications.refused.not_spouse");
        // Issue 16 §5: a withdrawn (or expired) consent stops the signature; audited either way.
        if (await gate.RefusalAsync(spouseIin, spouseIin, ConsentPurposes.Application, "sign:application:spouse", $"application/{app.Id}", "consents.refused.whose.yours", ct,
                required: false) is { } refused) return refused;
        return await coSigning.SignAsync(app, RequiredSigner.Person(spouseIin), "spouse", ApplicationText.Bytes(app), cms,
            c => db.Applications.AsNoTracking().AnyAsync(a => a.Id == app.Id && a.SpouseSignedAt != null, c),
            signed => (app.SpouseSignatureCms, app.SpouseSignedAt, app.SpouseReceiptId) = (cms, signed.SignedAt, signed.Receipt.Id), ct);
    }
}
