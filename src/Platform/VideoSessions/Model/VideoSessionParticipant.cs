namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>One invited person of a <see cref="VideoSession"/>, by platform account and IIN.</summary>
public sealed class VideoSessionParticipant
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The session.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Their part in the session.</summary>
    public ParticipantRole Role { get; set; }

    /// <summary>The platform account (the EDS login opens it).</summary>
    public Guid AccountId { get; set; }

    /// <summary>ЖСН / IIN of the account, as the directory holds it.</summary>
    public required string Iin { get; set; }

    /// <summary>Full name as the directory holds it.</summary>
    public required string FullName { get; set; }

    /// <summary>When the person last proved their identity with their EDS AUTH key for this session.</summary>
    public DateTimeOffset? IdentityConfirmedAt { get; set; }

    /// <summary>The certificate (DER) of that proof: the registrar sees its subject and any photo data.</summary>
    public byte[]? IdentityCertificate { get; set; }
}
