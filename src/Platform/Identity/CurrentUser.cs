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

    /// <summary>A.11: the BIN whose head role the login certificate carries, or null.</summary>
    public string? HeadOfBin => PlatformClaims.HeadOfBin(Principal);

    /// <summary>KTK staff: an officer or KTK's head.</summary>
    public bool IsKtkStaff => PlatformClaims.IsKtkStaff(Principal);

    /// <summary>Whether the caller holds the cabinet <paramref name="policy"/> (<see cref="CabinetPolicies"/>).</summary>
    public bool IsIn(string policy) => Principal.IsInRole(policy);

    /// <summary>Minimal API binding: the caller of this request (null only where no authorization policy ran).</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext http) => ValueTask.FromResult(PlatformClaims.CurrentOf(http.User));
}

/// <summary>The caller of a page or a hub through the same one helper as the endpoints' <see cref="CurrentUser"/> (issue 11 §2).</summary>
public static class CallerOf
{
    /// <summary>The caller of an authorized page (every cabinet policy requires an account, see <see cref="PlatformClaims.Current"/>).</summary>
    public static CurrentUser Caller(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page) => PlatformClaims.Current(page.User);

    /// <summary>The caller of a page that also serves visitors without an account, or null.</summary>
    public static CurrentUser? CallerOrNull(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page) => PlatformClaims.CurrentOf(page.User);

    /// <summary>The caller of a hub connection, or null when the connection has no platform account.</summary>
    public static CurrentUser? Caller(this Microsoft.AspNetCore.SignalR.HubCallerContext context) =>
        context.User is { } user ? PlatformClaims.CurrentOf(user) : null;
}
