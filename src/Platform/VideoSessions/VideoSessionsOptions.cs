namespace RentToOwn.Platform.VideoSessions;

/// <summary>Configuration section <c>VideoSessions</c>.</summary>
public sealed class VideoSessionsOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "VideoSessions";

    /// <summary>
    /// STUN (or TURN with static credentials) servers handed to every browser as they are, e.g.
    /// <c>VideoSessions:IceServers:0:Urls:0=stun:stun.example.kz:3478</c>. Empty by default: on one
    /// machine or one LAN, host candidates suffice.
    /// </summary>
    public List<IceServerOptions> IceServers { get; set; } = [];

    /// <summary>TURN with short-lived credentials (coturn <c>use-auth-secret</c>).</summary>
    public TurnOptions Turn { get; set; } = new();

    /// <summary>How early before <see cref="Model.VideoSession.ScheduledAt"/> participants may join, in minutes.</summary>
    public int JoinEarlyMinutes { get; set; } = 30;

    /// <summary>How long a signed verdict document may wait for its signature, in minutes.</summary>
    public int VerdictDraftLifetimeMinutes { get; set; } = 30;
}
