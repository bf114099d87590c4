using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>The real app on a real Kestrel socket (127.0.0.1, a free port) for browser tests.</summary>
public sealed class KestrelPlatform : PlatformFactory
{
    /// <summary>Starts the server with extra configuration.</summary>
    public KestrelPlatform(IReadOnlyDictionary<string, string?>? settings = null)
    {
        UseSystemClock = true;
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) Settings[k] = v;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>e.g. <c>http://127.0.0.1:45321</c>.</summary>
    public string BaseUrl { get; }
}
