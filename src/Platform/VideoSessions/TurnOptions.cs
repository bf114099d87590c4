namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// <c>VideoSessions:Turn</c>: the TURN server's shared secret (coturn <c>static-auth-secret</c>, see
/// deploy/turn/turnserver.conf) and URLs. The platform derives a credential per user that expires
/// after <see cref="CredentialLifetimeSeconds"/>, so no long-term password reaches a browser.
/// </summary>
public sealed class TurnOptions
{
    /// <summary>The shared secret; TURN is off while it is empty.</summary>
    public string? Secret { get; set; }

    /// <summary>e.g. <c>turn:turn.example.kz:3478?transport=udp</c>, <c>turns:turn.example.kz:5349</c>.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>Credential lifetime in seconds (default 1 hour).</summary>
    public int CredentialLifetimeSeconds { get; set; } = 3600;
}
