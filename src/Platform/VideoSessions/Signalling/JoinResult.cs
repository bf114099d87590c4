namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>What a joining browser learns: who it is, whom to call, which ICE servers to use.</summary>
/// <param name="ConnectionId">Its own peer id.</param>
/// <param name="ParticipantId">Its participant id.</param>
/// <param name="Role">Its role.</param>
/// <param name="Peers">Everyone already in the room: the newcomer sends each an offer.</param>
/// <param name="IceServers">STUN/TURN servers (TURN credentials short-lived).</param>
public sealed record JoinResult(string ConnectionId, Guid ParticipantId, string Role, IReadOnlyList<PeerInfo> Peers, IReadOnlyList<Ice.IceServer> IceServers);
