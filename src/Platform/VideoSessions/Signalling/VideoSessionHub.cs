using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions.Ice;

namespace RentToOwn.Platform.VideoSessions.Signalling;

/// <summary>
/// WebRTC signalling for the video session (A.21, A.30), a mesh: the newcomer offers to each peer in
/// the room; offers, answers and ICE candidates are relayed only between connections of the same
/// session. Only a listed participant may join; joins and leaves are logged with times.
/// Client methods: <c>PeerJoined(peer)</c>, <c>PeerLeft(connectionId)</c>, <c>Signal(fromConnectionId, payload)</c>.
/// </summary>
[Authorize]
public sealed class VideoSessionHub(VideoSessionService sessions, VideoRoomRegistry rooms, IceServerProvider ice) : Hub
{
    /// <summary>Route of the hub.</summary>
    public const string Path = "/api/video-sessions/signalling"; // under /api: anonymous callers get 401, not a login redirect

    /// <summary>Largest signalling payload (an SDP with many candidates stays far below).</summary>
    public const int MaxPayloadChars = 64 * 1024;

    /// <summary>Joins the room of <paramref name="sessionId"/>; refused unless the caller is listed in it.</summary>
    public async Task<JoinResult> Join(Guid sessionId)
    {
        if (await rooms.FindAsync(Context.ConnectionId) is not null)
        {
            throw new HubException("This connection already joined a session; open a new connection for another.");
        }

        var outcome = await sessions.JoinAsync(sessionId, AccountId(), Context.ConnectionId, Context.ConnectionAborted);
        if (!outcome.Succeeded)
        {
            throw new HubException(outcome.Error);
        }

        var (session, me) = outcome.Value;
        var member = new RoomMember(Context.ConnectionId, session.Id, me.Id, me.Role, me.FullName);
        // Listing, adding and announcing under one gate: the newcomer offers to exactly those already there, and they
        // hear PeerJoined before the newcomer's offer can reach them.
        var peers = await rooms.OneJoinAtATimeAsync(session.Id, async () =>
        {
            var before = (await rooms.InSessionAsync(session.Id)).Select(PeerInfo.From).ToList();
            await rooms.AddAsync(member);
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(session.Id));
            await Clients.OthersInGroup(Group(session.Id)).SendAsync("PeerJoined", PeerInfo.From(member));
            return before;
        });
        return new JoinResult(Context.ConnectionId, me.Id, me.Role.ToString(), peers, ice.For(me.Id));
    }

    /// <summary>Relays an offer, answer or ICE candidate to another connection of the same session.</summary>
    public async Task Signal(string toConnectionId, string payload)
    {
        var me = await rooms.FindAsync(Context.ConnectionId) ?? throw new HubException("Join a session before signalling.");
        if (payload is null || payload.Length > MaxPayloadChars)
        {
            throw new HubException($"A signalling message is at most {MaxPayloadChars} characters.");
        }

        var target = await rooms.FindAsync(toConnectionId ?? "");
        if (target is null || target.SessionId != me.SessionId)
        {
            throw new HubException("That peer is not in your session.");
        }

        await Clients.Client(target.ConnectionId).SendAsync("Signal", Context.ConnectionId, payload);
    }

    /// <summary>Leaves the room (the log records it).</summary>
    public Task Leave() => LeaveAsync();

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveAsync();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync()
    {
        if (await rooms.RemoveAsync(Context.ConnectionId) is not { } me) return;
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(me.SessionId));
        await sessions.LogLeaveAsync(me.SessionId, me.ParticipantId, Context.ConnectionId, CancellationToken.None);
        await Clients.Group(Group(me.SessionId)).SendAsync("PeerLeft", Context.ConnectionId);
    }

    private Guid AccountId() =>
        Context.Caller()?.AccountId ?? throw new HubException("No platform account in this session.");

    private static string Group(Guid sessionId) => "video:" + sessionId.ToString("N");
}
