using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>What the registration endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Steps">The registration steps (visibility, consent, signatures, fee).</param>
/// <param name="Db">The platform database (the application's view).</param>
/// <param name="User">The caller.</param>
public sealed record RegistrationServices(RegistrationSteps Steps, PlatformDbContext Db, CurrentUser User)
{
    /// <summary>The application <paramref name="id"/> with its lease if the caller may see it; else null.</summary>
    public Task<(RegistrationApplication App, LeaseRecord Lease)?> VisibleAsync(Guid id, CancellationToken ct) => Steps.VisibleAsync(id, User, ct);

    /// <summary>The view of application <paramref name="id"/> with its timeline.</summary>
    public Task<RegistrationView> ViewAsync(Guid id, CancellationToken ct) => RegistrationApi.ViewAsync(Db, id, ct);
}
