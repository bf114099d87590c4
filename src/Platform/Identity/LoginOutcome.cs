using System.Security.Claims;

namespace RentToOwn.Platform.Identity;

/// <summary>The result of an EDS login: a principal to sign in, or an HTTP status and a reason.</summary>
public sealed record LoginOutcome(ClaimsPrincipal? Principal, int Status, string? Error)
{
    /// <summary>A successful login.</summary>
    public static LoginOutcome Success(ClaimsPrincipal principal) => new(principal, StatusCodes.Status200OK, null);

    /// <summary>A refused login.</summary>
    public static LoginOutcome Refused(int status, string error) => new(null, status, error);
}
