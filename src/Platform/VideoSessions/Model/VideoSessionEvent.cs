namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>One line of a session's join/leave log.</summary>
public sealed class VideoSessionEvent
{
    /// <summary>Primary key.</summary>
    public long Id { get; set; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Who joined or left.</summary>
    public Guid ParticipantId { get; set; }

    /// <summary>Joined or left.</summary>
    public VideoSessionEventKind Kind { get; set; }

    /// <summary>When (the platform's clock).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The SignalR connection, so a join and its leave can be paired.</summary>
    public required string ConnectionId { get; set; }
}
