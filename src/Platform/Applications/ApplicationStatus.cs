namespace RentToOwn.Platform.Applications;

/// <summary>Where a tenant's application stands (A.8–A.17).</summary>
public enum ApplicationStatus
{
    /// <summary>Being filled in (A.8).</summary>
    Draft,
    /// <summary>Submitted; KTK decides within 15 calendar days (A.13).</summary>
    Submitted,
    /// <summary>The officer refused with reasons; waiting for KTK head's signature, unseen by the tenant (A.16).</summary>
    RefusalPending,
    /// <summary>Refused with reasons signed by KTK's head (A.16).</summary>
    Refused,
    /// <summary>Approved; the contract follows (A.17).</summary>
    Approved,
}
