namespace RentToOwn.Platform.Housing;

/// <summary>A.17: a flat offered to an approved application, and the tenant's answer (kept as history).</summary>
public sealed class FlatOffer
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The approved application.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>The flat.</summary>
    public Guid FlatId { get; set; }

    /// <summary>Status.</summary>
    public FlatOfferStatus Status { get; set; }

    /// <summary>When offered.</summary>
    public DateTimeOffset OfferedAt { get; set; }

    /// <summary>When the tenant answered.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The lease drafted on acceptance.</summary>
    public Guid? LeaseId { get; set; }
}
