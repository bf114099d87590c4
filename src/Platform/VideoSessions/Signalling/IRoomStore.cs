namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>Where room memberships live: this instance's memory (default) or Redis, shared by instances (<c>Cluster:Redis</c>).</summary>
public interface IRoomStore
{
    /// <summary>Runs <paramref name="join"/> with no other join into the same session's room in between (across instances
    /// for a shared store).</summary>
    Task<T> OneJoinAtATimeAsync<T>(Guid sessionId, Func<Task<T>> join);

    /// <summary>Adds (or replaces) a connection's membership.</summary>
    Task AddAsync(RoomMember member);

    /// <summary>Removes a connection; returns its membership if it had one.</summary>
    Task<RoomMember?> RemoveAsync(string connectionId);

    /// <summary>The membership of a connection, if any.</summary>
    Task<RoomMember?> FindAsync(string connectionId);

    /// <summary>Everyone in a session's room.</summary>
    Task<IReadOnlyList<RoomMember>> InSessionAsync(Guid sessionId);
}
