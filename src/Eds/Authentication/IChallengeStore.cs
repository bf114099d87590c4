namespace RentToOwn.Eds.Authentication;

/// <summary>Holds outstanding challenges. <see cref="TryTake"/> must be atomic: that is what makes a nonce single-use.</summary>
public interface IChallengeStore
{
    /// <summary>Stores a new challenge.</summary>
    void Add(LoginChallenge challenge);

    /// <summary>Removes and returns the challenge with <paramref name="nonce"/>; false when unknown or already taken.</summary>
    bool TryTake(string nonce, out LoginChallenge? challenge);

    /// <summary>Drops challenges that expired before <paramref name="now"/>.</summary>
    void Purge(DateTimeOffset now);
}
