namespace RentToOwn.Platform.Registration;

/// <summary>The seam other areas use to file with the cadastre (implemented in this folder).</summary>
public interface IRegistrationApplications
{
    /// <summary>Forms the application and sends it to the tenant's cabinet; returns its id. Idempotent per (lease, kind) while one is open.</summary>
    Task<Guid> StartAsync(RegistrationStart start, CancellationToken ct);

    /// <summary>Every application of a lease, oldest first.</summary>
    Task<IReadOnlyList<RegistrationSummary>> ForLeaseAsync(Guid leaseId, CancellationToken ct);
}
