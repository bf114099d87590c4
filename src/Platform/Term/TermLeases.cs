using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term;

/// <summary>Who may see a lease over its term: its tenant, and KTK staff (officer or head). Anyone else: not found.</summary>
public sealed class TermLeases(PlatformDbContext db)
{
    /// <summary>True for KTK staff (the officer cabinet; the head holds it too).</summary>
    public static bool IsStaff(ClaimsPrincipal user) => PlatformClaims.IsKtkStaff(user);

    /// <summary>True for KTK's head.</summary>
    public static bool IsHead(ClaimsPrincipal user) => PlatformClaims.IsHead(user);

    /// <summary>A lease over its term is seen by its tenant and KTK staff.</summary>
    public const LeaseViewers Viewers = LeaseViewers.Tenant | LeaseViewers.KtkStaff;

    /// <summary>The lease if the caller is its tenant or KTK staff; otherwise null.</summary>
    public Task<LeaseRecord?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        db.Leases.AsNoTracking().Where(l => l.Id == id).Where(LeaseVisibility.VisibleTo(user, Viewers)).SingleOrDefaultAsync(ct);

    /// <summary>The lease only if the caller is its tenant.</summary>
    public async Task<LeaseRecord?> TenantLeaseAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        return lease is not null && IsTenantOf(user, lease) ? lease : null;
    }

    /// <summary>The caller's leases as tenant, oldest first.</summary>
    public Task<List<LeaseRecord>> OfTenantAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var iin = PlatformClaims.IinOf(user);
        return db.Leases.AsNoTracking().Where(l => l.TenantIin == iin).OrderBy(l => l.CreatedAt).ToListAsync(ct);
    }

    /// <summary>Every lease (KTK staff), oldest first.</summary>
    public Task<List<LeaseRecord>> AllAsync(CancellationToken ct) =>
        db.Leases.AsNoTracking().OrderBy(l => l.CreatedAt).ToListAsync(ct);

    /// <summary>True when the caller is the lease's tenant.</summary>
    public static bool IsTenantOf(ClaimsPrincipal user, LeaseRecord lease) =>
        user.IsInRole(CabinetPolicies.Tenant) && PlatformClaims.IinOf(user) == lease.TenantIin;
}
