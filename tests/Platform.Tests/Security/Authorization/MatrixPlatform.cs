using Microsoft.AspNetCore.Hosting;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>The app (fake clock) with the sandbox acquirer routed in memory and rate limits out of the way of ~1,000 calls.</summary>
internal sealed class MatrixPlatform : PlatformFactory
{
    public MatrixPlatform()
    {
        Settings["RateLimits:LoginPermitLimit"] = "100000";
        Settings["RateLimits:VerifierPermitLimit"] = "100000";
        Settings["Logging:LogLevel:Default"] = "Warning";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SandboxPaymentsHost.Route(this, builder);
    }
}
