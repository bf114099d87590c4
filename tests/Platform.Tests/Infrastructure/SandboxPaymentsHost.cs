using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// Points the sandbox acquirer's callback HttpClient at an in-memory test host (there is no socket to POST to under
/// TestServer). Kestrel-hosted tests need none of this: the acquirer posts to the real port.
/// </summary>
internal static class SandboxPaymentsHost
{
    /// <summary>Adds the routing and a zero confirmation delay to <paramref name="factory"/>.</summary>
    public static void Route(PlatformFactory factory, IWebHostBuilder builder)
    {
        builder.UseSetting("Payments:Sandbox:ConfirmationDelay", "00:00:00");
        builder.ConfigureTestServices(services => services.AddHttpClient(RentToOwn.Platform.Payments.Sandbox.SandboxCallbackSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler()));
    }
}
