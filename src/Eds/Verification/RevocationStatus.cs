namespace RentToOwn.Eds.Verification;

/// <summary>A revocation answer and where it came from.</summary>
/// <param name="State">Good, revoked or unknown.</param>
/// <param name="RevokedAt">Revocation time when revoked.</param>
/// <param name="Source">Human-readable source, e.g. "CRL #3 of CN=NCA RK TEST (RSA)" or "OCSP".</param>
/// <param name="Detail">Why unknown, when unknown.</param>
public sealed record RevocationStatus(RevocationState State, DateTimeOffset? RevokedAt, string Source, string? Detail = null);
