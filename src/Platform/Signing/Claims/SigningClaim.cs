namespace RentToOwn.Platform.Signing.Claims;

/// <summary>
/// A signing step taken by one request while its ledger append is in flight (A.12, A.16, A.18). The row exists only
/// between the claim and the save of the accepted signature, which deletes it in the same transaction.
/// </summary>
public sealed class SigningClaim
{
    /// <summary>What is being signed, e.g. <c>contract:{lease}:{step}</c>; unique, so only one request holds it.</summary>
    public required string Key { get; set; }

    /// <summary>This holder's token (a stale claim taken over by another request gets a new one).</summary>
    public Guid Token { get; set; }

    /// <summary>When it was claimed; a claim older than <see cref="SigningClaims.Lifetime"/> was abandoned.</summary>
    public DateTimeOffset ClaimedAt { get; set; }
}
