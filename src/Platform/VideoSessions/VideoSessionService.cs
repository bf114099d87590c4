using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain.Identity;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// Scheduling and membership of video sessions (A.21, A.30): KTK schedules one with its participants;
/// only a listed participant may open or join it; every join and leave is logged with the platform's time.
/// </summary>
public sealed class VideoSessionService(PlatformDbContext db, TimeProvider time, IOptions<VideoSessionsOptions> options, PlatformMetrics metrics)
{
    private static readonly Dictionary<ParticipantRole, PlatformRoles> DirectoryRole = new()
    {
        [ParticipantRole.KtkRepresentative] = PlatformRoles.Officer,
        [ParticipantRole.Tenant] = PlatformRoles.Tenant,
        [ParticipantRole.Spouse] = PlatformRoles.Spouse,
        [ParticipantRole.Registrar] = PlatformRoles.Registrar,
    };

    /// <summary>Schedules a session; <paramref name="officerAccountId"/> is the KTK officer doing it.</summary>
    public async Task<Outcome<VideoSession>> ScheduleAsync(ScheduleRequest request, Guid officerAccountId, CancellationToken ct)
    {
        if (request is null) return Refused<VideoSession>(400, "The request is empty.");
        var subject = request.SubjectId?.Trim() ?? "";
        if (subject.Length is 0 or > 100)
        {
            return Refused<VideoSession>(400, "SubjectId (the application or contract id) is required, at most 100 characters.");
        }

        if (SigningRecordCodec.ContainsIdentityNumberShape(subject) || subject.Any(char.IsControl))
        {
            // It goes on the ledger with the verdict (A.39–A.40).
            return Refused<VideoSession>(400, "SubjectId must be an application or contract id, not an IIN/BIN.");
        }

        if (!Enum.IsDefined(request.Kind))
        {
            return Refused<VideoSession>(400, "Kind must be Registration (A.21) or TerminationAndOwnership (A.30).");
        }

        if (request.ScheduledAt < time.GetUtcNow().AddMinutes(-5))
        {
            return Refused<VideoSession>(400, "ScheduledAt is in the past.");
        }

        var participants = request.Participants ?? [];
        if (participants.Any(p => !Enum.IsDefined(p.Role)))
        {
            return Refused<VideoSession>(400, "Each participant's role must be KtkRepresentative, Tenant, Spouse or Registrar.");
        }

        foreach (var role in new[] { ParticipantRole.KtkRepresentative, ParticipantRole.Tenant, ParticipantRole.Registrar })
        {
            if (participants.Count(p => p.Role == role) != 1)
            {
                return Refused<VideoSession>(400, $"Exactly one {role} must take part (A.21).");
            }
        }

        var spouses = participants.Count(p => p.Role == ParticipantRole.Spouse);
        if (request.TenantMarried && spouses != 1)
        {
            return Refused<VideoSession>(400, "The tenant is married: the spouse must take part (A.23).");
        }

        if (!request.TenantMarried && spouses != 0)
        {
            return Refused<VideoSession>(400, "A spouse is listed but the tenant is not marked as married.");
        }

        var session = new VideoSession
        {
            Id = Guid.NewGuid(), SubjectId = subject, Kind = request.Kind, ScheduledAt = request.ScheduledAt,
            TenantMarried = request.TenantMarried, ScheduledByAccountId = officerAccountId, CreatedAt = time.GetUtcNow(),
        };
        foreach (var p in participants)
        {
            if (!Iin.TryParse(p.Iin, out var iin, out var error))
            {
                return Refused<VideoSession>(400, $"{p.Role}: {error}");
            }

            var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Iin == iin.Value, ct);
            if (account is null)
            {
                return Refused<VideoSession>(400, $"{p.Role}: no platform account has this IIN.");
            }

            if (!account.Roles.HasFlag(DirectoryRole[p.Role]))
            {
                return Refused<VideoSession>(400, $"{p.Role}: the account does not hold the {DirectoryRole[p.Role]} cabinet.");
            }

            if (session.Participants.Any(x => x.AccountId == account.Id))
            {
                return Refused<VideoSession>(400, $"{p.Role}: one person cannot take two parts in a session.");
            }

            session.Participants.Add(new VideoSessionParticipant
            {
                Id = Guid.NewGuid(), SessionId = session.Id, Role = p.Role, AccountId = account.Id, Iin = account.Iin, FullName = account.FullName,
            });
        }

        db.Set<VideoSession>().Add(session);
        await db.SaveChangesAsync(ct);
        metrics.VideoSession("scheduled");
        return Outcome<VideoSession>.Ok(session);
    }

    /// <summary>Sessions that list <paramref name="accountId"/> as <paramref name="role"/> (any role when null), soonest first.</summary>
    public async Task<IReadOnlyList<VideoSession>> ListForAsync(Guid accountId, ParticipantRole? role, CancellationToken ct)
    {
        var list = await db.Set<VideoSession>().AsNoTracking()
            .Include(s => s.Participants).Include(s => s.Verdict)
            .Where(s => s.Participants.Any(p => p.AccountId == accountId && (role == null || p.Role == role)))
            .ToListAsync(ct);
        return list.OrderBy(s => s.ScheduledAt).ToList(); // SQLite cannot ORDER BY a DateTimeOffset
    }

    /// <summary>The session with participants, log and verdict, if <paramref name="accountId"/> is listed in it.</summary>
    public async Task<Outcome<(VideoSession Session, VideoSessionParticipant Me)>> OpenAsync(Guid sessionId, Guid accountId, CancellationToken ct)
    {
        var session = await db.Set<VideoSession>()
            .Include(s => s.Participants).Include(s => s.Events).Include(s => s.Verdict)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var me = session?.Participants.SingleOrDefault(p => p.AccountId == accountId);
        if (session is null || me is null)
        {
            // The same answer for "no such session" and "not yours": ids reveal nothing.
            return Refused<(VideoSession, VideoSessionParticipant)>(403, "You are not a participant of this video session.");
        }

        return Outcome<(VideoSession, VideoSessionParticipant)>.Ok((session, me));
    }

    /// <summary>Checks that the account may join now and logs the join (A.21: joins are logged with times).</summary>
    public async Task<Outcome<(VideoSession Session, VideoSessionParticipant Me)>> JoinAsync(Guid sessionId, Guid accountId, string connectionId, CancellationToken ct)
    {
        var opened = await OpenAsync(sessionId, accountId, ct);
        if (!opened.Succeeded) return opened;
        var (session, me) = opened.Value;
        var now = time.GetUtcNow();
        if (session.Status == VideoSessionStatus.Completed)
        {
            return Refused<(VideoSession, VideoSessionParticipant)>(409, "This video session is over: the registrar has recorded the verdict.");
        }

        if (now < session.ScheduledAt.AddMinutes(-options.Value.JoinEarlyMinutes))
        {
            return Refused<(VideoSession, VideoSessionParticipant)>(409,
                $"The session opens {options.Value.JoinEarlyMinutes} minutes before {session.ScheduledAt:yyyy-MM-dd HH:mm} UTC.");
        }

        db.Set<VideoSessionEvent>().Add(new VideoSessionEvent
        {
            SessionId = session.Id, ParticipantId = me.Id, Kind = VideoSessionEventKind.Joined, At = now, ConnectionId = connectionId,
        });
        if (session.Status == VideoSessionStatus.Scheduled) session.Status = VideoSessionStatus.InProgress;
        await db.SaveChangesAsync(ct);
        metrics.VideoSession("joined");
        return opened;
    }

    /// <summary>Logs a leave (or a lost connection).</summary>
    public async Task LogLeaveAsync(Guid sessionId, Guid participantId, string connectionId, CancellationToken ct)
    {
        db.Set<VideoSessionEvent>().Add(new VideoSessionEvent
        {
            SessionId = sessionId, ParticipantId = participantId, Kind = VideoSessionEventKind.Left, At = time.GetUtcNow(), ConnectionId = connectionId,
        });
        await db.SaveChangesAsync(ct);
    }

    private static Outcome<T> Refused<T>(int status, string error) => Outcome<T>.Refused(status, error);
}
