namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>A participant as the verdict document names them.</summary>
/// <param name="Role">Their part.</param>
/// <param name="AccountId">Their platform account.</param>
/// <param name="Joined">Whether the log shows them joining the session.</param>
public sealed record VerdictParticipant(string Role, Guid AccountId, bool Joined);
