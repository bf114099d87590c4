using System.Collections.Concurrent;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>
/// Which connection is in which room, on this instance. Several platform instances would need a
/// SignalR backplane and a shared registry; the embedded default is one instance.
/// </summary>
public sealed class VideoRoomRegistry
{
    private readonly ConcurrentDictionary<string, RoomMember> _members = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _joins = new(1, 1);

    /// <summary>Runs <paramref name="join"/> (list the room, add the newcomer, tell the others) with no other join in
    /// between: two people joining at once would otherwise each miss the other and both wait for an offer (A.21).</summary>
    public async Task<T> OneJoinAtATimeAsync<T>(Func<Task<T>> join)
    {
        await _joins.WaitAsync();
        try
        {
            return await join();
        }
        finally
        {
            _joins.Release();
        }
    }

    /// <summary>Adds (or replaces) a connection's membership.</summary>
    public void Add(RoomMember member) => _members[member.ConnectionId] = member;

    /// <summary>Removes a connection; returns its membership if it had one.</summary>
    public RoomMember? Remove(string connectionId) => _members.TryRemove(connectionId, out var m) ? m : null;

    /// <summary>The membership of a connection, if any.</summary>
    public RoomMember? Find(string connectionId) => _members.TryGetValue(connectionId, out var m) ? m : null;

    /// <summary>Everyone in a session's room.</summary>
    public IReadOnlyList<RoomMember> InSession(Guid sessionId) => _members.Values.Where(m => m.SessionId == sessionId).ToList();
}
