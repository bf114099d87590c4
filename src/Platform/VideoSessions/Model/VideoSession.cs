namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>
/// A scheduled video conference embedded in the platform (A.21, A.30): KTK's representative, the
/// tenant, the spouse and the State Corporation's registrar, about one application or contract.
/// </summary>
public sealed class VideoSession
{
    /// <summary>Primary key (the room id).</summary>
    public Guid Id { get; set; }

    /// <summary>The registration application or contract the session is about (never a person's id).</summary>
    public required string SubjectId { get; set; }

    /// <summary>A.21 registration or A.30 termination and ownership.</summary>
    public VideoSessionKind Kind { get; set; }

    /// <summary>When the session is to take place.</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Where it stands.</summary>
    public VideoSessionStatus Status { get; set; } = VideoSessionStatus.Scheduled;

    /// <summary>Whether the tenant is married: then the spouse must take part (A.23).</summary>
    public bool TenantMarried { get; set; }

    /// <summary>The KTK account that scheduled it.</summary>
    public Guid ScheduledByAccountId { get; set; }

    /// <summary>When it was scheduled.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The people invited; only they may join.</summary>
    public List<VideoSessionParticipant> Participants { get; set; } = [];

    /// <summary>Join and leave log.</summary>
    public List<VideoSessionEvent> Events { get; set; } = [];

    /// <summary>The registrar's signed verdict, once recorded.</summary>
    public RegistrarVerdict? Verdict { get; set; }
}
