using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>
/// Issue 15 §3: the server-side sessions. A session is valid while not revoked and used within
/// <see cref="SessionStoreOptions.IdleHours"/>; its login certificate's revocation is re-checked once it is
/// <see cref="SessionStoreOptions.RevocationCheckMinutes"/> old (on the next request, by <see cref="TimeProvider"/>), and a
/// revoked certificate ends it. Checks are cached per instance for <see cref="SessionStoreOptions.CacheSeconds"/>.
/// </summary>
public sealed class SessionStore(PlatformDbContext db, IMemoryCache cache, TimeProvider time, IOptions<SessionStoreOptions> options,
    ILoginCertificateStatus certificates, ILogger<SessionStore> logger)
{
    /// <summary>Reason stored for a logout.</summary>
    public const string Logout = "logout";

    /// <summary>Reason stored when the login certificate was revoked.</summary>
    public const string CertificateRevoked = "certificate-revoked";

    /// <summary>Reason stored when the session was idle too long.</summary>
    public const string Idle = "idle";

    private SessionStoreOptions O => options.Value;

    /// <summary>Starts a session for <paramref name="accountId"/> (with the login certificate, when there was one).</summary>
    public async Task<Guid> StartAsync(Guid accountId, LoginCertificate? certificate, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var session = new UserSession
        {
            Id = Guid.NewGuid(), AccountId = accountId, CertificateSerial = certificate?.Serial, CertificateIssuer = certificate?.Issuer,
            Certificate = certificate?.Der, CreatedAt = now, LastSeenAt = now, RevocationCheckedAt = now,
        };
        db.Set<UserSession>().Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Null when session <paramref name="id"/> of <paramref name="accountId"/> may go on, else why not.</summary>
    public async Task<string?> CheckAsync(Guid id, Guid? accountId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(Key(id), out Cached? c) && c is not null && now - c.At < TimeSpan.FromSeconds(O.CacheSeconds)
            && !RevocationDue(c.Session, now))
        {
            return c.Session.AccountId == accountId ? null : "unknown";
        }

        var session = await db.Set<UserSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || session.AccountId != accountId) return "unknown";
        if (session.RevokedAt is not null) return session.RevokedReason ?? Logout;
        if (now - session.LastSeenAt > TimeSpan.FromHours(O.IdleHours)) return await EndAsync(id, Idle, ct);
        if (RevocationDue(session, now))
        {
            if (certificates.IsRevoked(session.Certificate!, now))
            {
                logger.LogInformation("Session {Session} ended: its login certificate {Serial} was revoked", id, session.CertificateSerial);
                return await EndAsync(id, CertificateRevoked, ct);
            }

            session.RevocationCheckedAt = now;
        }

        session.LastSeenAt = now;
        await db.Set<UserSession>().Where(s => s.Id == id && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.RevocationCheckedAt, session.RevocationCheckedAt), ct);
        cache.Set(Key(id), new Cached(session, now), TimeSpan.FromSeconds(Math.Max(1, O.CacheSeconds)));
        return null;
    }

    /// <summary>Ends session <paramref name="id"/> (e.g. logout); the cookie that carries it is refused from then on.</summary>
    public async Task<string> EndAsync(Guid id, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.Set<UserSession>().Where(s => s.Id == id && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), ct);
        cache.Remove(Key(id));
        return reason;
    }

    private bool RevocationDue(UserSession s, DateTimeOffset now) =>
        s.Certificate is not null && now - s.RevocationCheckedAt >= TimeSpan.FromMinutes(Math.Clamp(O.RevocationCheckMinutes, 1, 60));

    private static string Key(Guid id) => $"rto:session:{id:N}";

    private sealed record Cached(UserSession Session, DateTimeOffset At);
}
