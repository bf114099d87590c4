using RentToOwn.Platform.VideoSessions.Identity;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>A session as a participant sees it; identities and the log only for the registrar.</summary>
/// <param name="Id">Session id.</param>
/// <param name="SubjectId">Application or contract.</param>
/// <param name="Kind">Registration or TerminationAndOwnership.</param>
/// <param name="ScheduledAt">When.</param>
/// <param name="Status">Scheduled, InProgress or Completed.</param>
/// <param name="TenantMarried">Whether the spouse must take part.</param>
/// <param name="MyRole">The caller's role.</param>
/// <param name="Participants">Everyone invited (registrar: with EDS identity; others: role and name).</param>
/// <param name="Log">Join/leave log (registrar only).</param>
/// <param name="VerdictRecorded">Whether the registrar recorded the verdict.</param>
public sealed record VideoSessionView(
    Guid Id, string SubjectId, string Kind, DateTimeOffset ScheduledAt, string Status, bool TenantMarried, string MyRole,
    IReadOnlyList<ParticipantIdentity> Participants, IReadOnlyList<VideoSessionLogLine> Log, bool VerdictRecorded);
