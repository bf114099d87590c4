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
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.VideoSessions;

namespace RentToOwn.Platform;

/// <summary>Builds the platform's web application: used by <c>Program</c> and by <c>rto demo</c> to host it in-process.</summary>
public static class PlatformApp
{
    /// <summary>The configured application with its pipeline and routes, not yet started.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ApplicationName = typeof(PlatformApp).Assembly.GetName().Name,
        });
        builder.AddApplicationServices();

        var app = builder.Build();
        app.UsePlatformPipeline();
        app.MapHealthApi();
        app.MapLanguageApi();
        app.MapAuthApi();
        app.MapConsentsApi();
        app.MapApplicationSignaturesApi();
        app.MapContractsApi();
        app.MapVideoSessionsApi();
        app.MapSchedulingApi();
        app.MapPaymentsApi();
        app.MapRegistrationApi();
        app.MapCadastreDiagnosticsApi();
        app.MapVerifierApi();
        app.MapTermApi();
        app.MapRazorPages();
        return app;
    }
}
