namespace RentToOwn.Platform.Identity;

/// <summary>A one-time login challenge: the browser signs <see cref="Data"/> with the AUTH key.</summary>
public sealed class LoginChallenge
{
    /// <summary>Primary key (sent to the browser).</summary>
    public Guid Id { get; set; }

    /// <summary>The exact bytes to sign (text with a random nonce, the origin and the issue time).</summary>
    public required byte[] Data { get; set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>After this instant it is refused.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was answered; a challenge is accepted once.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
