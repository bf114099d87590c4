namespace RentToOwn.Platform.Registration;

/// <summary>The three applications the platform files with the cadastre (ЖМБМК АЖ).</summary>
public enum RegistrationKind
{
    /// <summary>A.19–A.28: the lease encumbrance, based on the signed contract.</summary>
    LeaseEncumbrance,
    /// <summary>A.29 (1): termination of the encumbrance, based on KTK's signed letter; signed by KTK (A.31).</summary>
    EncumbranceTermination,
    /// <summary>A.29 (2): the tenant's ownership, based on the transfer contract; signed by the tenant (A.31).</summary>
    Ownership,
}
