using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>KTK schedules a video session (A.21, A.30).</summary>
/// <param name="SubjectId">The registration application or contract id.</param>
/// <param name="Kind">Registration (A.21) or TerminationAndOwnership (A.30).</param>
/// <param name="ScheduledAt">When.</param>
/// <param name="TenantMarried">Whether the tenant is married (then the spouse is required, A.23).</param>
/// <param name="Participants">KTK representative, tenant, spouse (if married) and registrar, by IIN.</param>
public sealed record ScheduleRequest(
    string SubjectId, VideoSessionKind Kind, DateTimeOffset ScheduledAt, bool TenantMarried, IReadOnlyList<ParticipantRequest> Participants);
