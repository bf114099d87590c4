namespace RentToOwn.Platform.VideoSessions;

/// <summary>One line of the join/leave log.</summary>
/// <param name="At">When.</param>
/// <param name="ParticipantId">Who.</param>
/// <param name="Role">Their role.</param>
/// <param name="Kind">Joined or Left.</param>
public sealed record VideoSessionLogLine(DateTimeOffset At, Guid ParticipantId, string Role, string Kind);
