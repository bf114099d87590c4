namespace RentToOwn.Platform.Registration;

/// <summary>One registration application as other areas see it.</summary>
/// <param name="Id">The application id (also its id at the cadastre).</param>
/// <param name="LeaseId">The lease.</param>
/// <param name="Kind">Which application.</param>
/// <param name="Status">Platform status name, e.g. "AwaitingTenant", "Submitted", "REGISTERED", "SUSPENDED", "REFUSED".</param>
/// <param name="ReasonCode">The cadastre's reason code (e.g. "ART27_FEE_NOT_CONFIRMED"), if any.</param>
/// <param name="LegalBasis">"art. 27" / "art. 31", if any.</param>
public sealed record RegistrationSummary(Guid Id, Guid LeaseId, RegistrationKind Kind, string Status, string? ReasonCode, string? LegalBasis);
