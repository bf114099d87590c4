using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using EdsChallenge = RentToOwn.Eds.Authentication.LoginChallenge;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// <see cref="Eds.Authentication.IChallengeStore"/> on the platform database. <see cref="TryTake"/> is one
/// DELETE: of two concurrent takers exactly one removes the row, which is what makes a nonce single-use.
/// </summary>
public sealed class DbChallengeStore(PlatformDbContext db) : Eds.Authentication.IChallengeStore
{
    /// <inheritdoc />
    public void Add(EdsChallenge challenge)
    {
        db.LoginChallenges.Add(new LoginChallenge { Nonce = challenge.Nonce, IssuedAt = challenge.IssuedAt, ExpiresAt = challenge.ExpiresAt });
        db.SaveChanges();
    }

    /// <inheritdoc />
    public bool TryTake(string nonce, out EdsChallenge? challenge)
    {
        challenge = null;
        var row = db.LoginChallenges.AsNoTracking().SingleOrDefault(c => c.Nonce == nonce);
        if (row is null || db.LoginChallenges.Where(c => c.Nonce == nonce).ExecuteDelete() != 1)
        {
            return false;
        }

        challenge = new EdsChallenge(row.Nonce, row.IssuedAt, row.ExpiresAt);
        return true;
    }

    /// <inheritdoc />
    public void Purge(DateTimeOffset now) => db.LoginChallenges.Where(c => c.ExpiresAt < now).ExecuteDelete();
}
