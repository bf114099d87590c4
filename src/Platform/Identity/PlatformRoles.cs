namespace RentToOwn.Platform.Identity;

/// <summary>
/// The cabinets a platform account may open. Stored as a bit set on <see cref="UserAccount"/>;
/// the login turns each bit into a role claim named after the constant.
/// </summary>
[Flags]
public enum PlatformRoles
{
    /// <summary>No cabinet.</summary>
    None = 0,
    /// <summary>Service recipient (көрсетілетін қызметті алушы), A.5–A.17.</summary>
    Tenant = 1,
    /// <summary>Guarantor (кепілгер), A.11–A.12, A.17.</summary>
    Guarantor = 2,
    /// <summary>The tenant's spouse, A.21.</summary>
    Spouse = 4,
    /// <summary>KTK officer: recipient lists and the review queue, A.6–A.15.</summary>
    Officer = 8,
    /// <summary>KTK head: signs refusals and contracts last, A.16, A.18.</summary>
    Head = 16,
    /// <summary>State Corporation registrar (video session), A.21, A.30.</summary>
    Registrar = 32,
}
