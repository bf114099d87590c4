using RentToOwn.Platform.Apis;
using RentToOwn.Platform.Extensions;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.Verification.Sheets;

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
        builder.AddApiDocs();
        builder.AddVerificationSheets();

        var app = builder.Build();
        app.UsePlatformPipeline();
        app.MapHealthApi();
        app.MapLanguageApi();
        app.MapAuthApi();
        app.MapConsentApi();
        app.MapGuarantorApi();
        app.MapSpouseApi();
        app.MapHeadApi();
        app.MapContractApi();
        app.MapVideoSessionsApi();
        app.MapSchedulingApi();
        app.MapPaymentsApi();
        app.MapRegistrationApi();
        app.MapCadastreDiagnosticsApi();
        app.MapVerifierApi();
        app.MapVerificationSheetApi();
        app.MapTermApi();
        app.MapApiDocs();
        app.MapRazorPages();
        return app;
    }
}
