namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>Another browser in the room.</summary>
/// <param name="ConnectionId">Its peer id (where to send signals).</param>
/// <param name="ParticipantId">Its participant.</param>
/// <param name="Role">Its role.</param>
/// <param name="FullName">The name shown on its tile.</param>
public sealed record PeerInfo(string ConnectionId, Guid ParticipantId, string Role, string FullName)
{
    /// <summary>From a room member.</summary>
    public static PeerInfo From(RoomMember m) => new(m.ConnectionId, m.ParticipantId, m.Role.ToString(), m.FullName);
}
