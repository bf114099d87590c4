using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.VideoSessions.Ice;

/// <summary>The ICE servers for one browser: configured STUN/TURN plus TURN with fresh short-lived credentials.</summary>
public sealed class IceServerProvider(IOptionsMonitor<VideoSessionsOptions> options, TimeProvider time)
{
    /// <summary>Servers for the participant <paramref name="participantId"/> (the TURN user name carries no personal data).</summary>
    public IReadOnlyList<IceServer> For(Guid participantId)
    {
        var o = options.CurrentValue;
        var servers = o.IceServers.Where(s => s.Urls.Count > 0)
            .Select(s => new IceServer(s.Urls, s.Username, s.Credential)).ToList();
        if (!string.IsNullOrEmpty(o.Turn.Secret) && o.Turn.Urls.Count > 0)
        {
            var (user, password) = TurnCredentials.Create(o.Turn.Secret, participantId.ToString("N"),
                time.GetUtcNow().AddSeconds(o.Turn.CredentialLifetimeSeconds));
            servers.Add(new IceServer(o.Turn.Urls, user, password));
        }

        return servers;
    }
}
