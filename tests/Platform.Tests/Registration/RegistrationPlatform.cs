using Microsoft.AspNetCore.Hosting;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>The app (fake clock) with the embedded cadastre simulator on its own free port and the sandbox acquirer routed in memory.</summary>
internal sealed class RegistrationPlatform : PlatformFactory
{
    public RegistrationPlatform(IReadOnlyDictionary<string, string?>? settings = null)
    {
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) Settings[k] = v;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SandboxPaymentsHost.Route(this, builder);
        if (!Settings.ContainsKey("Kadastr:RetryInterval")) builder.UseSetting("Kadastr:RetryInterval", "00:00:00.200");
    }
}
