namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// KTK schedules a video session for one registration application (A.21, A.30). The tenant and the spouse are the
/// application's parties (never typed in); KTK chooses the time, the registrar and its own representative among the
/// accounts that exist (<c>GET /api/video-sessions/staff</c>).
/// </summary>
/// <param name="ApplicationId">The registration application (an ownership application is served by its termination's session).</param>
/// <param name="ScheduledAt">When.</param>
/// <param name="RegistrarAccountId">The State Corporation's registrar (an account with the Registrar cabinet).</param>
/// <param name="KtkRepresentativeAccountId">KTK's representative (an account with the Officer cabinet); the scheduling officer when null.</param>
public sealed record ScheduleRequest(Guid ApplicationId, DateTimeOffset ScheduledAt, Guid RegistrarAccountId, Guid? KtkRepresentativeAccountId = null);
