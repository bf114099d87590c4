using System.Collections.Concurrent;

namespace RentToOwn.Eds.Authentication;

/// <summary>Process-local challenge store (one server). A multi-node Platform swaps in a shared store.</summary>
public sealed class InMemoryChallengeStore : IChallengeStore
{
    private readonly ConcurrentDictionary<string, LoginChallenge> _challenges = new(StringComparer.Ordinal);

    /// <summary>Outstanding challenges.</summary>
    public int Count => _challenges.Count;

    /// <inheritdoc />
    public void Add(LoginChallenge challenge) => _challenges[challenge.Nonce] = challenge;

    /// <inheritdoc />
    public bool TryTake(string nonce, out LoginChallenge? challenge) => _challenges.TryRemove(nonce, out challenge);

    /// <inheritdoc />
    public void Purge(DateTimeOffset now)
    {
        foreach (var (nonce, challenge) in _challenges)
        {
            if (challenge.ExpiresAt < now)
            {
                _challenges.TryRemove(nonce, out _);
            }
        }
    }
}
