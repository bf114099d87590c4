namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>Where room memberships live: this instance's memory (default) or Redis, shared by instances (<c>Cluster:Redis</c>).</summary>
public interface IRoomStore
{
    /// <summary>Runs <paramref name="join"/> with no other join in between (across instances for a shared store).</summary>
    Task<T> OneJoinAtATimeAsync<T>(Func<Task<T>> join);

    /// <summary>Adds (or replaces) a connection's membership.</summary>
    void Add(RoomMember member);

    /// <summary>Removes a connection; returns its membership if it had one.</summary>
    RoomMember? Remove(string connectionId);

    /// <summary>The membership of a connection, if any.</summary>
    RoomMember? Find(string connectionId);

    /// <summary>Everyone in a session's room.</summary>
    IReadOnlyList<RoomMember> InSession(Guid sessionId);
}
