namespace RentToOwn.Platform.Identity;

/// <summary>Authorization policy per cabinet; each requires the role claim of the same name.</summary>
public static class CabinetPolicies
{
    /// <summary>Tenant cabinet.</summary>
    public const string Tenant = nameof(PlatformRoles.Tenant);
    /// <summary>Guarantor cabinet.</summary>
    public const string Guarantor = nameof(PlatformRoles.Guarantor);
    /// <summary>Spouse cabinet.</summary>
    public const string Spouse = nameof(PlatformRoles.Spouse);
    /// <summary>KTK officer cabinet.</summary>
    public const string Officer = nameof(PlatformRoles.Officer);
    /// <summary>KTK head cabinet.</summary>
    public const string Head = nameof(PlatformRoles.Head);
    /// <summary>Registrar cabinet.</summary>
    public const string Registrar = nameof(PlatformRoles.Registrar);

    /// <summary>Every cabinet policy with its role.</summary>
    public static readonly IReadOnlyList<(string Policy, PlatformRoles Role)> All =
    [
        (Tenant, PlatformRoles.Tenant), (Guarantor, PlatformRoles.Guarantor), (Spouse, PlatformRoles.Spouse),
        (Officer, PlatformRoles.Officer), (Head, PlatformRoles.Head), (Registrar, PlatformRoles.Registrar),
    ];
}
