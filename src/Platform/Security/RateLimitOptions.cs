namespace RentToOwn.Platform.Security;

/// <summary>Configuration section <c>RateLimits</c>: fixed windows per client address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "RateLimits";

    /// <summary>Login attempts (challenge + response) per window.</summary>
    public int LoginPermitLimit { get; set; } = 20;

    /// <summary>Public verifier requests per window.</summary>
    public int VerifierPermitLimit { get; set; } = 30;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
