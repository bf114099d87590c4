using RentToOwn.Platform.VideoSessions.Identity;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Signalling;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>Builds <see cref="VideoSessionView"/>s: the registrar sees identities and the log, others only roles and names.</summary>
public sealed class VideoSessionViews(VideoRoomRegistry rooms)
{
    /// <summary>The view of <paramref name="session"/> for <paramref name="me"/>.</summary>
    public async Task<VideoSessionView> ForAsync(VideoSession session, VideoSessionParticipant me)
    {
        var registrar = me.Role == ParticipantRole.Registrar;
        var present = (await rooms.InSessionAsync(session.Id)).Select(m => m.ParticipantId).ToHashSet();
        var participants = session.Participants.OrderBy(p => p.Role)
            .Select(p => registrar
                ? ParticipantIdentityService.Describe(p, present.Contains(p.Id))
                : new ParticipantIdentity(p.Id, p.Role.ToString(), p.FullName, "", null, null, null, null, null, [], present.Contains(p.Id)))
            .ToList();
        var roles = session.Participants.ToDictionary(p => p.Id, p => p.Role.ToString());
        var log = registrar
            ? session.Events.OrderBy(e => e.Id).Select(e => new VideoSessionLogLine(e.At, e.ParticipantId, roles[e.ParticipantId], e.Kind.ToString())).ToList()
            : [];
        return new VideoSessionView(session.Id, session.SubjectId, session.Kind.ToString(), session.ScheduledAt, session.Status.ToString(),
            session.TenantMarried, me.Role.ToString(), participants, log, session.Verdict is not null);
    }
}
