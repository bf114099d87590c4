namespace RentToOwn.Platform.VideoSessions;

/// <summary>One RTCIceServer entry.</summary>
public sealed class IceServerOptions
{
    /// <summary><c>stun:</c>, <c>turn:</c> or <c>turns:</c> URLs.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>Static TURN user name (prefer <see cref="TurnOptions"/>).</summary>
    public string? Username { get; set; }

    /// <summary>Static TURN password (prefer <see cref="TurnOptions"/>).</summary>
    public string? Credential { get; set; }
}
