namespace RentToOwn.Platform.Registration.Model;

/// <summary>Where a registration application stands (platform steps, then the cadastre's statuses).</summary>
public enum RegistrationStatus
{
    /// <summary>Formed by KTK; consent, signature, video-session verdict and fee are being collected (A.19–A.22).</summary>
    Preparing,
    /// <summary>In the gateway's outbox, not yet acknowledged by the cadastre.</summary>
    Submitted,
    /// <summary>The cadastre received it.</summary>
    Received,
    /// <summary>Under the registrar's review (A.23–A.24).</summary>
    UnderReview,
    /// <summary>Suspended under art. 27 (A.26, A.35): can be completed and resumed.</summary>
    Suspended,
    /// <summary>Registered (A.25, A.34).</summary>
    Registered,
    /// <summary>Refused under art. 31 (A.27, A.36).</summary>
    Refused,
}
