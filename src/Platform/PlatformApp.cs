using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Extensions;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Security.Antiforgery;
using RentToOwn.Platform.Telemetry;
using RentToOwn.Platform.Signing.EgovMobile;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.Verification.Sheets;

namespace RentToOwn.Platform;

/// <summary>Builds the platform's web application: used by <c>Program</c> and by <c>rto demo</c> to host it in-process.</summary>
public static class PlatformApp
{
    /// <summary>The configured application with its pipeline and routes, not yet started.</summary>
    /// <param name="args">Command-line arguments (configuration).</param>
    /// <param name="configure">
    /// A deployment's own registrations, after the platform's: the real adapters that replace the stand-ins (the bank's
    /// <c>IPaymentProvider</c>, the SMS gateway, ДҚБ, the review sources). Checked by <see cref="ProductionReadiness"/>.
    /// </param>
    /// <exception cref="ProductionReadinessException">Outside Development, a stand-in is on or real trust, keys or endpoints are missing.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ApplicationName = typeof(PlatformApp).Assembly.GetName().Name, EnvironmentName = LaunchEnvironment(args),
        });
        builder.AddApplicationServices();
        builder.AddApiDocs();
        builder.AddVerificationSheets();
        configure?.Invoke(builder);

        var app = builder.Build();
        ProductionReadiness.EnsureReady(app); // outside Development: no stand-ins, no test trust
        app.UsePlatformPipeline();
        app.MapHealthApi();
        app.MapMetrics();
        app.MapLanguageApi();
        app.MapAuthApi();
        app.MapAntiforgeryApi();
        app.MapEgovMobileApi();
        app.MapConsentsApi();
        app.MapApplicationSignaturesApi();
        app.MapContractsApi();
        RentToOwn.Platform.Housing.HousingApi.MapHousingApi(app);
        app.MapVideoSessionsApi();
        app.MapSchedulingApi();
        app.MapPaymentsApi();
        app.MapRegistrationApi();
        app.MapCadastreDiagnosticsApi();
        app.MapVerifierApi();
        app.MapVerificationSheetApi();
        app.MapTermApi();
        RentToOwn.Platform.Dev.DevApi.MapDevApi(app);
        app.MapApiDocs();
        app.MapRazorPages();
        return app;
    }

    // `dotnet run` (launchSettings.json) asks for Development through RENTTOOWN_LAUNCH_ENVIRONMENT, which counts only when
    // nothing else names the environment: a profile's ASPNETCORE_/DOTNET_ENVIRONMENT would override the shell's choice.
    private static string? LaunchEnvironment(string[] args) =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null
            && !args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            ? Environment.GetEnvironmentVariable("RENTTOOWN_LAUNCH_ENVIRONMENT")
            : null;
}
