using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: an invited guarantor signs the submitted application with their EDS signing key. Found by the
/// guarantor's own IIN: an application they were not invited to does not exist for them.
/// </summary>
public sealed class GuarantorSignatures(PlatformDbContext db, ApplicationCoSigning coSigning)
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

    /// <summary>Verifies and stores the guarantor's signature; the error says why not.</summary>
    public async Task<ApplicationResult> SignAsync(string guarantorIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await InvitedAsync(guarantorIin, applicationId, ct);
        if (app is null) return new("No such application among your invitations.");
        var invitation = app.Guarantors.Single(g => g.GuarantorIin == guarantorIin);
        if (invitation.SignedAt is not null) return new("You have already signed this application.");
        var (result, signedAt) = await coSigning.SignAsync(app, guarantorIin, "guarantor", cms, ct);
        if (!result.Succeeded) return result;
        invitation.SignatureCms = cms;
        invitation.SignedAt = signedAt;
        await db.SaveChangesAsync(ct);
        return ApplicationResult.Ok;
    }
}
