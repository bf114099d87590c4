using System.Collections.Concurrent;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>Room memberships of this instance (one instance: the embedded default).</summary>
public sealed class InMemoryRoomStore : IRoomStore
{
    private readonly ConcurrentDictionary<string, RoomMember> _members = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _joins = new(1, 1);

    /// <inheritdoc />
    public async Task<T> OneJoinAtATimeAsync<T>(Guid sessionId, Func<Task<T>> join)
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
    public Task AddAsync(RoomMember member)
    {
        _members[member.ConnectionId] = member;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RoomMember?> RemoveAsync(string connectionId) =>
        Task.FromResult(_members.TryRemove(connectionId, out var m) ? m : null);

    /// <inheritdoc />
    public Task<RoomMember?> FindAsync(string connectionId) =>
        Task.FromResult(_members.TryGetValue(connectionId, out var m) ? m : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<RoomMember>> InSessionAsync(Guid sessionId) =>
        Task.FromResult<IReadOnlyList<RoomMember>>(_members.Values.Where(m => m.SessionId == sessionId).ToList());
}
