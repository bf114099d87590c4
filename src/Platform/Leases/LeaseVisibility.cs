using System.Linq.Expressions;
using System.Security.Claims;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Leases;

/// <summary>
/// The one rule for "this lease is visible to the caller": the caller holds one of the area's <see cref="LeaseViewers"/>
/// places — a party by their own IIN, staff by their cabinet. A lease the caller may not see does not exist for them (404).
/// </summary>
public static class LeaseVisibility
{
    /// <summary>The rule as a query filter (lists and look-ups in the database).</summary>
    public static Expression<Func<LeaseRecord, bool>> VisibleTo(ClaimsPrincipal user, LeaseViewers viewers) =>
        Rule(PlatformClaims.IinOf(user), Staff(user, viewers), viewers);

    /// <summary>The rule for a person known by IIN (<paramref name="isHead"/>: they hold the head cabinet).</summary>
    public static Expression<Func<LeaseRecord, bool>> VisibleTo(string? iin, bool isHead, LeaseViewers viewers) =>
        Rule(iin, isHead && viewers.HasFlag(LeaseViewers.KtkHead), viewers);

    /// <summary>True when <paramref name="lease"/> (guarantors loaded) is visible to <paramref name="user"/>.</summary>
    public static bool IsVisible(LeaseRecord lease, ClaimsPrincipal user, LeaseViewers viewers) => VisibleTo(user, viewers).Compile()(lease);

    private static bool Staff(ClaimsPrincipal user, LeaseViewers viewers) =>
        (viewers.HasFlag(LeaseViewers.KtkHead) && PlatformClaims.IsHead(user))
        || (viewers.HasFlag(LeaseViewers.KtkStaff) && PlatformClaims.IsKtkStaff(user))
        || (viewers.HasFlag(LeaseViewers.Registrar) && user.IsInRole(CabinetPolicies.Registrar));

    private static Expression<Func<LeaseRecord, bool>> Rule(string? iin, bool staff, LeaseViewers viewers)
    {
        var me = iin ?? ""; // no IIN matches nobody (an empty IIN is never stored)
        var (tenant, spouse, guarantors) = (viewers.HasFlag(LeaseViewers.Tenant), viewers.HasFlag(LeaseViewers.Spouse), viewers.HasFlag(LeaseViewers.Guarantors));
        return l => staff || (tenant && l.TenantIin == me) || (spouse && l.SpouseIin == me) || (guarantors && l.Guarantors.Any(g => g.Iin == me));
    }
}
