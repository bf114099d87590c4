using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: an invited guarantor signs the submitted application — after giving consent (A.9), the questionnaire and the
/// documents (A.8–A.10, <see cref="GuarantorProfiles"/>) — with their EDS signing key. A person signs with their own key; a
/// legal entity (A.2.9) with its head's key (that BIN and the head role, <see cref="RequiredSigner.HeadOf"/>). Found by the
/// session only: an application they were not invited to does not exist for them.
/// </summary>
public sealed class GuarantorSignatures(PlatformDbContext db, ApplicationCoSigning coSigning, ConsentGate gate) : IApplicationCoSigner
{
    /// <summary>The invitations <paramref name="who"/> acts on: their own by IIN, and their organisation's (as its head) by BIN.</summary>
    public static Expression<Func<GuarantorInvitation, bool>> Mine(CoSigner who)
    {
        var (iin, bin) = (who.Iin, who.HeadOfBin);
        return g => (g.GuarantorBin == null && g.GuarantorIin == iin)
                    || (bin != null && g.GuarantorBin == bin && (g.GuarantorIin == null || g.GuarantorIin == iin));
    }

    /// <summary>The invitation of <paramref name="who"/> in <paramref name="app"/> (the organisation's first, when both).</summary>
    public static GuarantorInvitation? InvitationOf(TenantApplication app, CoSigner who) =>
        app.Guarantors.Where(g => IsMine(g, who)).OrderByDescending(g => g.GuarantorBin != null).ThenBy(g => g.Order).FirstOrDefault();

    // Mine's rule on loaded invitations (issue 17: AsQueryable over the list compiled the expression on every call).
    private static bool IsMine(GuarantorInvitation g, CoSigner who) =>
        (g.GuarantorBin == null && g.GuarantorIin == who.Iin)
        || (who.HeadOfBin != null && g.GuarantorBin == who.HeadOfBin && (g.GuarantorIin == null || g.GuarantorIin == who.Iin));

    /// <summary>The applications <paramref name="who"/> was invited to.</summary>
    public Task<List<TenantApplication>> InvitedAsync(CoSigner who, CancellationToken ct)
    {
        // Built here, not inside the query: EF Core would compile a call to Mine on every execution (issue 17).
        var mine = Mine(who);
        return db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).Include(a => a.Documents)
            .Where(a => a.Guarantors.AsQueryable().Any(mine))
            .AsNoTracking().AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>The applications <paramref name="guarantorIin"/> was invited to personally.</summary>
    public Task<List<TenantApplication>> InvitedAsync(string guarantorIin, CancellationToken ct) => InvitedAsync(new CoSigner(guarantorIin), ct);

    /// <summary>One application <paramref name="who"/> was invited to (tracked), or null.</summary>
    public Task<TenantApplication?> InvitedAsync(CoSigner who, Guid applicationId, CancellationToken ct)
    {
        var mine = Mine(who);
        return db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).Include(a => a.Documents).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Guarantors.AsQueryable().Any(mine), ct);
    }

    /// <inheritdoc />
    public Task<TenantApplication?> FindAsync(CoSigner who, Guid applicationId, CancellationToken ct) => InvitedAsync(who, applicationId, ct);

    /// <summary>Verifies and stores the guarantor's signature; the error says why not (a conflict when signed already).</summary>
    public async Task<Outcome> SignAsync(CoSigner who, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await InvitedAsync(who, applicationId, ct);
        if (app is null) return Outcome.Refused(StatusCodes.Status404NotFound, "applications.refused.not_invited");
        var invitation = InvitationOf(app, who)!;
        // A.9, issue 16 §5: the guarantor's own live consent first (withdrawn or expired: refused with the date); audited.
        if (await gate.RefusalAsync(who.Iin, who.Iin, ConsentPurposes.Application, "sign:application:guarantor", $"application/{app.Id}", "consents.refused.whose.yours", ct) is { } refused)
        {
            return refused;
        }

        // A.12 → A.8–A.10: the guarantor's own questionnaire and documents before the signature.
        if (GuarantorProfiles.Missing(invitation) is { Count: > 0 } missing)
        {
            return Outcome.Refused(StatusCodes.Status409Conflict,
                "applications.refused.guarantor_incomplete", string.Join(", ", missing));
        }

        var signer = invitation.GuarantorBin is { } bin ? RequiredSigner.HeadOf(who.Iin, bin) : RequiredSigner.Person(who.Iin);
        return await coSigning.SignAsync(app, signer, "guarantor", GuarantorText.Bytes(app, invitation), cms,
            c => db.GuarantorInvitations.AsNoTracking().AnyAsync(g => g.Id == invitation.Id && g.SignedAt != null, c),
            signed => (invitation.SignatureCms, invitation.SignedAt, invitation.ReceiptId) = (cms, signed.SignedAt, signed.Receipt.Id), ct);
    }
}
