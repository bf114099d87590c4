namespace RentToOwn.Domain.Leases;

/// <summary>The parties, listed in signing order (A.17–A.18): tenant, the tenant's spouse if named, then guarantors, then KTK.</summary>
/// <param name="Tenant">Көрсетілетін қызметті алушы: the tenant (service recipient).</param>
/// <param name="Spouse">The tenant's spouse, if married (takes part in registration, A.21/A.23).</param>
/// <param name="Guarantors">Guarantors in signing order (may be empty).</param>
/// <param name="Lessor">KTK.</param>
public sealed record LeaseParties(Person Tenant, Person? Spouse, IReadOnlyList<Guarantor> Guarantors, Lessor Lessor);
