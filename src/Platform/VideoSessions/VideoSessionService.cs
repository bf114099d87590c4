using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// Scheduling and membership of video sessions (A.21, A.30): KTK schedules one for a registration application, whose
/// parties take part with KTK's representative and the registrar;
/// only a listed participant may open or join it; every join and leave is logged with the platform's time.
/// </summary>
public sealed class VideoSessionService(
    PlatformDbContext db, TimeProvider time, IOptions<VideoSessionsOptions> options, PlatformMetrics metrics, ISessionSubjects subjects)
{
    private static readonly Dictionary<ParticipantRole, PlatformRoles> DirectoryRole = new()
    {
        [ParticipantRole.KtkRepresentative] = PlatformRoles.Officer,
        [ParticipantRole.Tenant] = PlatformRoles.Tenant,
        [ParticipantRole.Spouse] = PlatformRoles.Spouse,
        [ParticipantRole.Registrar] = PlatformRoles.Registrar,
    };

    /// <summary>
    /// Schedules a session for one registration application (A.21, A.30); <paramref name="officerAccountId"/> is the KTK
    /// officer doing it. The tenant and, when married, the spouse are the application's parties; the registrar and KTK's
    /// representative are accounts KTK chooses (the representative defaults to the officer).
    /// </summary>
    public async Task<Outcome<VideoSession>> ScheduleAsync(ScheduleRequest request, Guid officerAccountId, CancellationToken ct)
    {
        if (request is null) return Refused<VideoSession>(400, "video.refused.empty");
        if (request.ApplicationId == Guid.Empty) return Refused<VideoSession>(400, "video.refused.application_required");
        if (request.RegistrarAccountId == Guid.Empty) return Refused<VideoSession>(400, "video.refused.registrar_required");
        if (request.ScheduledAt < time.GetUtcNow().AddMinutes(-5))
        {
            return Refused<VideoSession>(400, "video.refused.in_past");
        }

        // A.21, A.30: the session is held for one application; its parties come from that application.
        var resolved = await subjects.ResolveAsync(request.ApplicationId, ct);
        if (!resolved.Succeeded) return Outcome<VideoSession>.From(resolved);
        var subject = resolved.Value!;
        var married = subject.SpouseIin is not null;
        var session = new VideoSession
        {
            Id = Guid.NewGuid(), SubjectId = subject.SubjectId.ToString(), Kind = subject.Kind, ScheduledAt = request.ScheduledAt,
            TenantMarried = married, ScheduledByAccountId = officerAccountId, CreatedAt = time.GetUtcNow(),
        };
        var wanted = new List<(ParticipantRole Role, UserAccount? Account, string? Source)>
        {
            (ParticipantRole.KtkRepresentative, await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == (request.KtkRepresentativeAccountId ?? officerAccountId), ct), null),
            (ParticipantRole.Tenant, await ByIinAsync(subject.TenantIin, ct), "video.refused.source.tenant"),
            (ParticipantRole.Registrar, await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.RegistrarAccountId, ct), null),
        };
        if (married) wanted.Add((ParticipantRole.Spouse, await ByIinAsync(subject.SpouseIin!, ct), "video.refused.source.spouse"));
        foreach (var (role, account, source) in wanted)
        {
            if (account is null)
            {
                return source is null
                    ? Refused<VideoSession>(400, "video.refused.no_account_id", role.ToString())
                    : Refused<VideoSession>(400, "video.refused.no_account_yet", role.ToString(), new Outcome.Text(source));
            }

            if (!account.Roles.HasFlag(DirectoryRole[role]))
            {
                return Refused<VideoSession>(400, "video.refused.no_cabinet", role.ToString(), DirectoryRole[role].ToString());
            }

            if (session.Participants.Any(x => x.AccountId == account.Id))
            {
                return Refused<VideoSession>(400, "video.refused.two_parts", role.ToString());
            }

            session.Participants.Add(new VideoSessionParticipant
            {
                Id = Guid.NewGuid(), SessionId = session.Id, Role = role, AccountId = account.Id, Iin = account.Iin, FullName = account.FullName,
            });
        }

        db.Set<VideoSession>().Add(session);
        await db.SaveChangesAsync(ct);
        metrics.VideoSession("scheduled");
        return Outcome<VideoSession>.Ok(session);
    }

    /// <summary>The accounts KTK may choose as registrar or as its representative (A.21), by name.</summary>
    public async Task<IReadOnlyList<SessionStaff>> StaffAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().ToListAsync(ct);
        return accounts.Where(a => a.Roles.HasFlag(PlatformRoles.Registrar)).Select(a => new SessionStaff(a.Id, a.FullName, ParticipantRole.Registrar, Security.IinMask.Mask(a.Iin) ?? ""))
            .Concat(accounts.Where(a => a.Roles.HasFlag(PlatformRoles.Officer)).Select(a => new SessionStaff(a.Id, a.FullName, ParticipantRole.KtkRepresentative, Security.IinMask.Mask(a.Iin) ?? "")))
            .OrderBy(s => s.Role).ThenBy(s => s.FullName, StringComparer.Ordinal).ToList();
    }

    private Task<UserAccount?> ByIinAsync(string iin, CancellationToken ct) => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Iin == iin, ct);

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
            return Refused<(VideoSession, VideoSessionParticipant)>(403, "video.refused.not_participant");
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
            return Refused<(VideoSession, VideoSessionParticipant)>(409, "video.refused.over");
        }

        if (now < session.ScheduledAt.AddMinutes(-options.Value.JoinEarlyMinutes))
        {
            return Refused<(VideoSession, VideoSessionParticipant)>(409,
                "video.refused.opens_later", options.Value.JoinEarlyMinutes, session.ScheduledAt);
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

    private static Outcome<T> Refused<T>(int status, string code, params object?[] args) => Outcome<T>.Refused(status, code, args);
}
