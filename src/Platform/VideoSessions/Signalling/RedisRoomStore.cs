using System.Text.Json;
using StackExchange.Redis;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>
/// Room memberships in Redis (<c>Cluster:Redis</c>), so a participant on one instance finds and signals a peer on another;
/// joins are serialised across instances by a Redis lock (A.21: two people joining at once must each see the other).
/// </summary>
/// <param name="redis">The connection.</param>
public sealed class RedisRoomStore(IConnectionMultiplexer redis) : IRoomStore
{
    private const string Members = "rto:video:members";
    private const string JoinLock = "rto:video:join";
    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public async Task<T> OneJoinAtATimeAsync<T>(Func<Task<T>> join)
    {
        var db = redis.GetDatabase();
        var token = Guid.NewGuid().ToString("N");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await db.LockTakeAsync(JoinLock, token, LockLease))
        {
            await Task.Delay(5, deadline.Token); // another instance is joining someone: its lease is at most 10 s
        }

        try
        {
            return await join();
        }
        finally
        {
            await db.LockReleaseAsync(JoinLock, token);
        }
    }

    /// <inheritdoc />
    public void Add(RoomMember member)
    {
        var batch = redis.GetDatabase().CreateTransaction();
        _ = batch.HashSetAsync(Members, member.ConnectionId, JsonSerializer.Serialize(member));
        _ = batch.SetAddAsync(Room(member.SessionId), member.ConnectionId);
        batch.Execute();
    }

    /// <inheritdoc />
    public RoomMember? Remove(string connectionId)
    {
        var db = redis.GetDatabase();
        if (Find(connectionId) is not { } member || !db.HashDelete(Members, connectionId)) return null;
        db.SetRemove(Room(member.SessionId), connectionId);
        return member;
    }

    /// <inheritdoc />
    public RoomMember? Find(string connectionId) =>
        redis.GetDatabase().HashGet(Members, connectionId) is { HasValue: true } value ? JsonSerializer.Deserialize<RoomMember>(value.ToString()) : null;

    /// <inheritdoc />
    public IReadOnlyList<RoomMember> InSession(Guid sessionId)
    {
        var db = redis.GetDatabase();
        var ids = db.SetMembers(Room(sessionId));
        if (ids.Length == 0) return [];
        return db.HashGet(Members, ids).Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<RoomMember>(v.ToString())!).ToList();
    }

    private static RedisKey Room(Guid sessionId) => "rto:video:room:" + sessionId.ToString("N");
}
