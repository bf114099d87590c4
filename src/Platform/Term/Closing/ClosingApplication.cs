namespace RentToOwn.Platform.Term.Closing;

/// <summary>A registration application of the closing, as the registration feature reports it.</summary>
/// <param name="Id">The application id.</param>
/// <param name="Kind"><c>EncumbranceTermination</c> or <c>Ownership</c>.</param>
/// <param name="Status">The registration feature's status name (REGISTERED at the end).</param>
/// <param name="ReasonCode">The cadastre's reason code, if suspended or refused.</param>
/// <param name="LegalBasis">"art. 27" / "art. 31", if any.</param>
public sealed record ClosingApplication(Guid Id, string Kind, string Status, string? ReasonCode, string? LegalBasis);
