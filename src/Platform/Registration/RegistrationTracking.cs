using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// Which registration applications a context already tracks. A tracking query hands back a tracked instance as it was
/// (another scope may have moved the row since), so only those need <c>ReloadAsync</c>; an instance the query
/// materialises is fresh (issue 17: the reload was a second read of every column, documents included).
/// </summary>
internal static class RegistrationTracking
{
    /// <summary>Whether <paramref name="db"/> tracks the application <paramref name="id"/>.</summary>
    public static bool IsTracked(PlatformDbContext db, Guid id) =>
        db.ChangeTracker.Entries<RegistrationApplication>().Any(e => e.Entity.Id == id);

    /// <summary>The ids of the applications <paramref name="db"/> tracks.</summary>
    public static HashSet<Guid> Ids(PlatformDbContext db) =>
        db.ChangeTracker.Entries<RegistrationApplication>().Select(e => e.Entity.Id).ToHashSet();
}
