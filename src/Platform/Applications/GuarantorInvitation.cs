namespace RentToOwn.Platform.Applications;

/// <summary>A.11: a guarantor invited by IIN; the guarantor signs the application in their cabinet (A.12).</summary>
public sealed class GuarantorInvitation
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>1-based signing order (A.17).</summary>
    public int Order { get; set; }

    /// <summary>The guarantor's IIN.</summary>
    public required string GuarantorIin { get; set; }

    /// <summary>When invited.</summary>
    public DateTimeOffset InvitedAt { get; set; }

    /// <summary>The guarantor's CAdES over the application (A.12), once signed.</summary>
    public byte[]? SignatureCms { get; set; }

    /// <summary>When the guarantor signed.</summary>
    public DateTimeOffset? SignedAt { get; set; }
}
