using System.Collections.Concurrent;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>Room memberships of this instance (one instance: the embedded default).</summary>
public sealed class InMemoryRoomStore : IRoomStore
{
    private readonly ConcurrentDictionary<string, RoomMember> _members = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _joins = new(1, 1);

    /// <inheritdoc />
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

    /// <inheritdoc />
    public void Add(RoomMember member) => _members[member.ConnectionId] = member;

    /// <inheritdoc />
    public RoomMember? Remove(string connectionId) => _members.TryRemove(connectionId, out var m) ? m : null;

    /// <inheritdoc />
    public RoomMember? Find(string connectionId) => _members.TryGetValue(connectionId, out var m) ? m : null;

    /// <inheritdoc />
    public IReadOnlyList<RoomMember> InSession(Guid sessionId) => _members.Values.Where(m => m.SessionId == sessionId).ToList();
}
