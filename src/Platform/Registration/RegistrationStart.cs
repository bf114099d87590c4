namespace RentToOwn.Platform.Registration;

/// <summary>KTK's request to form a registration application (A.19, A.29).</summary>
/// <param name="LeaseId">The lease.</param>
/// <param name="Kind">Which application.</param>
/// <param name="Basis">The title document.</param>
/// <param name="RelatedRegistrationId">Ownership: the paired termination application (A.34).</param>
/// <param name="OfficerAccountId">The KTK officer forming it.</param>
public sealed record RegistrationStart(Guid LeaseId, RegistrationKind Kind, BasisDocument Basis, Guid? RelatedRegistrationId, Guid OfficerAccountId)
{
    /// <summary>
    /// Seed 000 (involuntary termination): the court decision the KTK letter rests on, kind
    /// <see cref="BasisDocumentKind.CourtDecision"/>, with KTK's certification signature (expected signer KTK's BIN).
    /// With it the termination proceeds without the tenant: no ДҚБ consent is requested and no A.30 session is needed.
    /// Null for every other application.
    /// </summary>
    public BasisDocument? CourtDecision { get; init; }
}
