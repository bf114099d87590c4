namespace RentToOwn.Platform.VideoSessions.Ice;

/// <summary>An RTCIceServer as the browser takes it.</summary>
/// <param name="Urls">Server URLs.</param>
/// <param name="Username">TURN user name, if any.</param>
/// <param name="Credential">TURN password, if any.</param>
public sealed record IceServer(IReadOnlyList<string> Urls, string? Username = null, string? Credential = null);
