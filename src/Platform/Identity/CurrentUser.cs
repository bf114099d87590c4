using System.Security.Claims;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// The signed-in caller, read once per request from the session's claims (<see cref="PlatformClaims.CurrentOf"/>): account id,
/// IIN and the principal for roles. A handler takes it as a parameter or in its <c>[AsParameters]</c> record. Every platform
/// authorization policy requires it (<see cref="PlatformClaims.RequireCurrentUser"/>), so an authorized handler always has one:
/// an anonymous caller gets 401, a session without an account 403, never a silent empty account.
/// </summary>
/// <param name="AccountId">The directory account id.</param>
/// <param name="Iin">The IIN from the login certificate.</param>
/// <param name="Principal">The claims principal (roles, head-of BIN).</param>
public sealed record CurrentUser(Guid AccountId, string Iin, ClaimsPrincipal Principal)
{
    /// <summary>KTK's head.</summary>
    public bool IsHead => PlatformClaims.IsHead(Principal);

    /// <summary>KTK staff: an officer or KTK's head.</summary>
    public bool IsKtkStaff => PlatformClaims.IsKtkStaff(Principal);

    /// <summary>Whether the caller holds the cabinet <paramref name="policy"/> (<see cref="CabinetPolicies"/>).</summary>
    public bool IsIn(string policy) => Principal.IsInRole(policy);

    /// <summary>Minimal API binding: the caller of this request (null only where no authorization policy ran).</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext http) => ValueTask.FromResult(PlatformClaims.CurrentOf(http.User));
}
