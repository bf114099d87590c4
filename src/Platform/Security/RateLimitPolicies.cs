namespace RentToOwn.Platform.Security;

/// <summary>Names of the rate-limiter policies.</summary>
public static class RateLimitPolicies
{
    /// <summary>EDS login: challenge and response.</summary>
    public const string Login = "login";

    /// <summary>The public verifier (no login).</summary>
    public const string Verifier = "verifier";
}
