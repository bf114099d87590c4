using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Cluster;
using StackExchange.Redis;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>
/// Room memberships in Redis (<c>Cluster:Redis</c>), so a participant on one instance finds and signals a peer on another.
/// Joins into one room are serialised across instances by a Redis lock (A.21: two people joining at once must each see
/// the other). A member's key expires after <see cref="MemberLifetime"/>, so an instance killed with people in a room
/// leaves no member behind for longer than a session can last.
/// </summary>
/// <param name="redis">The connection.</param>
/// <param name="options">The key prefix.</param>
public sealed class RedisRoomStore(ClusterRedis redis, IOptions<ClusterOptions> options) : IRoomStore
{
    /// <summary>How long a membership outlives its last update when nobody removes it.</summary>
    public static readonly TimeSpan MemberLifetime = TimeSpan.FromHours(6);

    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private readonly string _prefix = options.Value.RedisPrefix + ":video:";

    /// <inheritdoc />
    public async Task<T> OneJoinAtATimeAsync<T>(Guid sessionId, Func<Task<T>> join)
    {
        var db = await redis.DatabaseAsync();
        var key = (RedisKey)(_prefix + "join:" + sessionId.ToString("N"));
        var token = Guid.NewGuid().ToString("N");
        var started = DateTime.UtcNow;
        while (!await db.LockTakeAsync(key, token, LockLease))
        {
            // Another instance is joining someone into this room; its lease ends within 15 s even if it died.
            if (DateTime.UtcNow - started > LockWait) throw new HubException("The room is busy; try to join again.");
            await Task.Delay(5);
        }

        try
        {
            return await join();
        }
        finally
        {
            await db.LockReleaseAsync(key, token);
        }
    }

    /// <inheritdoc />
    public async Task AddAsync(RoomMember member)
    {
        var db = await redis.DatabaseAsync();
        var room = Room(member.SessionId);
        var tx = db.CreateTransaction();
        _ = tx.StringSetAsync(Member(member.ConnectionId), JsonSerializer.Serialize(member), MemberLifetime);
        _ = tx.SetAddAsync(room, member.ConnectionId);
        _ = tx.KeyExpireAsync(room, MemberLifetime);
        await tx.ExecuteAsync();
    }

    /// <inheritdoc />
    public async Task<RoomMember?> RemoveAsync(string connectionId)
    {
        var db = await redis.DatabaseAsync();
        var value = await db.StringGetDeleteAsync(Member(connectionId));
        if (!value.HasValue) return null;
        var member = Read(value);
        await db.SetRemoveAsync(Room(member.SessionId), connectionId);
        return member;
    }

    /// <inheritdoc />
    public async Task<RoomMember?> FindAsync(string connectionId)
    {
        var value = await (await redis.DatabaseAsync()).StringGetAsync(Member(connectionId));
        return value.HasValue ? Read(value) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RoomMember>> InSessionAsync(Guid sessionId)
    {
        var db = await redis.DatabaseAsync();
        var ids = await db.SetMembersAsync(Room(sessionId));
        if (ids.Length == 0) return [];
        var values = await db.StringGetAsync(ids.Select(id => Member(id.ToString())).ToArray());
        return values.Where(v => v.HasValue).Select(Read).Where(m => m.SessionId == sessionId).ToList();
    }

    private static RoomMember Read(RedisValue value) => JsonSerializer.Deserialize<RoomMember>(value.ToString())!;

    private RedisKey Member(string connectionId) => _prefix + "member:" + connectionId;

    private RedisKey Room(Guid sessionId) => _prefix + "room:" + sessionId.ToString("N");
}
