namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>Configuration section <c>Sessions</c>.</summary>
public sealed class SessionStoreOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Sessions";

    /// <summary>How long a checked session is trusted from this instance's cache (seconds; logout on this instance evicts at once).</summary>
    public int CacheSeconds { get; set; } = 30;

    /// <summary>How often the login certificate's revocation is re-checked (minutes, at most 60).</summary>
    public int RevocationCheckMinutes { get; set; } = 60;

    /// <summary>A session unused for this long ends (hours), like the cookie's sliding expiry.</summary>
    public int IdleHours { get; set; } = 8;
}
