using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>A browser connection that joined a session's room.</summary>
/// <param name="ConnectionId">SignalR connection id (the peer id in the mesh).</param>
/// <param name="SessionId">The session.</param>
/// <param name="ParticipantId">The participant.</param>
/// <param name="Role">Their part.</param>
/// <param name="FullName">Their name (shown on their video tile).</param>
public sealed record RoomMember(string ConnectionId, Guid SessionId, Guid ParticipantId, ParticipantRole Role, string FullName);
