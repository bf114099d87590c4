namespace RentToOwn.Eds.Pki;

/// <summary>A revoked serial number, when it was revoked, and the CRL reason code (RFC 5280).</summary>
public sealed record Revocation(string SerialHex, DateTimeOffset RevokedAt, int Reason);
