namespace RentToOwn.Platform.Identity;

/// <summary>
/// An outstanding EDS login challenge (RentToOwn.Eds <c>LoginChallengeService</c>), kept in the database so
/// every platform instance can complete a login started on another. Deleted when taken: single use.
/// </summary>
public sealed class LoginChallenge
{
    /// <summary>The nonce: base64 of the 32 random bytes the AUTH key signs.</summary>
    public required string Nonce { get; set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>After this instant it is refused.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
