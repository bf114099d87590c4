using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace RentToOwn.Platform.Identity;

/// <summary>Claim types the EDS login puts into the platform cookie.</summary>
public static class PlatformClaims
{
    /// <summary>The user's IIN, from the certificate's serialNumber (IIN...).</summary>
    public const string Iin = "rto:iin";

    /// <summary>The organisation's BIN for KTK staff certificates.</summary>
    public const string Bin = "rto:bin";

    /// <summary>A.11: the BIN whose head role the login certificate carries (a legal-entity guarantor's head; KTK's head).</summary>
    public const string HeadOf = "rto:head-of";

    /// <summary>The directory account id.</summary>
    public const string AccountId = "rto:account";

    /// <summary>The server-side session id (<c>Sessions/SessionStore</c>).</summary>
    public const string Session = "rto:session";

    /// <summary>The server-side session of <paramref name="user"/>, or null.</summary>
    public static Guid? SessionOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    /// <summary>The IIN of <paramref name="user"/>, or null when anonymous.</summary>
    public static string? IinOf(ClaimsPrincipal user) => user.FindFirstValue(Iin);

    /// <summary>The directory account id of <paramref name="user"/>, or null when anonymous (the one place it is read).</summary>
    public static Guid? AccountOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(AccountId), out var id) ? id : null;

    /// <summary>The caller with account id and IIN, or null when either claim is missing (anonymous, or a session without an account).</summary>
    public static CurrentUser? CurrentOf(ClaimsPrincipal user) =>
        AccountOf(user) is { } account && IinOf(user) is { Length: > 0 } iin ? new CurrentUser(account, iin, user) : null;

    /// <summary>
    /// The caller of an authorized endpoint or page. Every platform policy requires it (<see cref="RequireCurrentUser"/>), so a
    /// missing account never reaches here; if it does (a handler mapped without authorization) this throws rather than answer
    /// for an empty account.
    /// </summary>
    public static CurrentUser Current(ClaimsPrincipal user) =>
        CurrentOf(user) ?? throw new InvalidOperationException("No platform account in this session: the endpoint must require authorization.");

    /// <summary>Adds the one rule for a signed-in caller: authenticated, with an account id and an IIN (else 401 anonymous, 403 otherwise).</summary>
    public static AuthorizationPolicyBuilder RequireCurrentUser(this AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireAssertion(c => CurrentOf(c.User) is not null);

    /// <summary>The BIN of the organisation whose head <paramref name="user"/> logged in as (certificate with the head role), or null.</summary>
    public static string? HeadOfBin(ClaimsPrincipal user) => user.FindFirstValue(HeadOf);

    /// <summary>KTK staff: an officer or KTK's head.</summary>
    public static bool IsKtkStaff(ClaimsPrincipal user) => user.IsInRole(CabinetPolicies.Officer) || user.IsInRole(CabinetPolicies.Head);

    /// <summary>KTK's head.</summary>
    public static bool IsHead(ClaimsPrincipal user) => user.IsInRole(CabinetPolicies.Head);

    /// <summary>Builds the principal for a directory account.</summary>
    public static ClaimsPrincipal For(UserAccount account, string scheme, string? bin = null, bool head = false)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.FullName),
            new(Iin, account.Iin),
            new(AccountId, account.Id.ToString()),
        };
        if (bin is not null) claims.Add(new Claim(Bin, bin));
        if (bin is not null && head) claims.Add(new Claim(HeadOf, bin));
        claims.AddRange(CabinetPolicies.All.Where(p => account.Roles.HasFlag(p.Role))
            .Select(p => new Claim(ClaimTypes.Role, p.Policy)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
