namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>
/// A server-side login session (issue 15 §3). The session cookie carries only its <see cref="Id"/>; every request checks
/// the row (briefly cached), logout revokes it, and the login certificate's revocation is re-checked at least hourly.
/// </summary>
public sealed class UserSession
{
    /// <summary>Primary key; the <c>rto:session</c> claim of the cookie.</summary>
    public Guid Id { get; set; }

    /// <summary>The directory account.</summary>
    public Guid AccountId { get; set; }

    /// <summary>The login certificate's serial (hex), when the session came from an EDS login.</summary>
    public string? CertificateSerial { get; set; }

    /// <summary>The login certificate's issuer DN.</summary>
    public string? CertificateIssuer { get; set; }

    /// <summary>The login certificate (DER, public), for the revocation re-check.</summary>
    public byte[]? Certificate { get; set; }

    /// <summary>When the session began.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last request seen (written at most once a minute).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When the certificate's revocation status was last checked.</summary>
    public DateTimeOffset RevocationCheckedAt { get; set; }

    /// <summary>When the session ended, if it did.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Why it ended: <c>logout</c>, <c>certificate-revoked</c>, <c>idle</c>.</summary>
    public string? RevokedReason { get; set; }
}
