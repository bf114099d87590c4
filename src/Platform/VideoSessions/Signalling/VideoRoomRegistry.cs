namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>
/// Which connection is in which room: in this instance's memory (<see cref="InMemoryRoomStore"/>, the embedded default) or,
/// with <c>Cluster:Redis</c>, in Redis (<see cref="RedisRoomStore"/>) so participants on different instances meet in one room.
/// </summary>
/// <param name="store">Where the memberships live.</param>
public sealed class VideoRoomRegistry(IRoomStore store)
{
    /// <summary>Runs <paramref name="join"/> (list the room, add the newcomer, tell the others) with no other join into the
    /// room in between: two people joining at once would otherwise each miss the other and both wait for an offer (A.21).</summary>
    public Task<T> OneJoinAtATimeAsync<T>(Guid sessionId, Func<Task<T>> join) => store.OneJoinAtATimeAsync(sessionId, join);

    /// <summary>Adds (or replaces) a connection's membership.</summary>
    public Task AddAsync(RoomMember member) => store.AddAsync(member);

    /// <summary>Removes a connection; returns its membership if it had one.</summary>
    public Task<RoomMember?> RemoveAsync(string connectionId) => store.RemoveAsync(connectionId);

    /// <summary>The membership of a connection, if any.</summary>
    public Task<RoomMember?> FindAsync(string connectionId) => store.FindAsync(connectionId);

    /// <summary>Everyone in a session's room.</summary>
    public Task<IReadOnlyList<RoomMember>> InSessionAsync(Guid sessionId) => store.InSessionAsync(sessionId);
}
