using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: an invited guarantor signs the submitted application with their EDS signing key. Found by the
/// guarantor's own IIN: an application they were not invited to does not exist for them.
/// </summary>
public sealed class GuarantorSignatures(PlatformDbContext db, ApplicationCoSigning coSigning) : IApplicationCoSigner
{
    /// <summary>The applications <paramref name="guarantorIin"/> was invited to.</summary>
    public Task<List<TenantApplication>> InvitedAsync(string guarantorIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .Where(a => a.Guarantors.Any(g => g.GuarantorIin == guarantorIin))
            .AsNoTracking().ToListAsync(ct);

    /// <summary>One application the guarantor was invited to, or null.</summary>
    public Task<TenantApplication?> InvitedAsync(string guarantorIin, Guid applicationId, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Guarantors.Any(g => g.GuarantorIin == guarantorIin), ct);

    /// <inheritdoc />
    public Task<TenantApplication?> FindAsync(string iin, Guid applicationId, CancellationToken ct) => InvitedAsync(iin, applicationId, ct);

    /// <summary>Verifies and stores the guarantor's signature; the error says why not (a conflict when signed already).</summary>
    public async Task<Outcome> SignAsync(string guarantorIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await InvitedAsync(guarantorIin, applicationId, ct);
        if (app is null) return new("No such application among your invitations.");
        var invitation = app.Guarantors.Single(g => g.GuarantorIin == guarantorIin);
        if (invitation.SignedAt is not null) return ApplicationCoSigning.AlreadySigned;
        return await coSigning.SignAsync(app, guarantorIin, "guarantor", cms,
            c => db.GuarantorInvitations.AsNoTracking().AnyAsync(g => g.Id == invitation.Id && g.SignedAt != null, c),
            signedAt => (invitation.SignatureCms, invitation.SignedAt) = (cms, signedAt), ct);
    }
}
