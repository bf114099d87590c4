using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// A.2.9, A.11: an organisation invited as guarantor by BIN has no account of its own; its head (a certificate of that BIN
/// with the head role) gets the guarantor cabinet at login. An employee's certificate of that BIN gets nothing here.
/// </summary>
public static class OrganisationGuarantorLogin
{
    /// <summary>Gives <paramref name="headIin"/> the guarantor cabinet when <paramref name="bin"/> has an invitation open to them.</summary>
    public static async Task GrantAsync(PlatformDbContext db, string headIin, string bin, string name, TimeProvider time, CancellationToken ct)
    {
        // Open to this head: not yet taken up, or taken up by this same head.
        if (!await db.GuarantorInvitations.AnyAsync(g => g.GuarantorBin == bin && (g.GuarantorIin == null || g.GuarantorIin == headIin), ct)) return;
        var account = await db.Users.SingleOrDefaultAsync(u => u.Iin == headIin, ct);
        if (account is null)
        {
            db.Users.Add(new UserAccount { Id = Guid.NewGuid(), Iin = headIin, FullName = name, Roles = PlatformRoles.Guarantor, CreatedAt = time.GetUtcNow() });
        }
        else if (!account.Roles.HasFlag(PlatformRoles.Guarantor))
        {
            account.Roles |= PlatformRoles.Guarantor;
        }
        else
        {
            return;
        }

        await db.SaveChangesAsync(ct);
    }
}
