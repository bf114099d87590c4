using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Courts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Telemetry;
using RentToOwn.Platform.Signing.EgovMobile;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.Verification;

namespace RentToOwn.Platform.Extensions;

/// <summary>Registers the platform's services on the host builder.</summary>
public static class ApplicationServicesExtensions
{
    /// <summary>Adds every platform service with its embedded defaults.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPlatformPersistence();
        builder.AddPlatformLocalization();
        builder.AddPlatformSecurity();
        builder.AddPlatformIdentity();
        builder.AddPlatformSigning();
        builder.AddEgovMobileSigning();
        builder.AddPlatformLedger();
        builder.AddPlatformNotifications();
        builder.AddPlatformScheduling();
        builder.AddRecipients();
        builder.AddConsents();
        builder.AddApplications();
        RentToOwn.Platform.Housing.HousingExtensions.AddHousing(builder);
        builder.AddVideoSessions();
        RentToOwn.Platform.Cluster.ClusterExtensions.AddCluster(builder); // several instances: Redis backplane and rooms, shared keys (Cluster:*)
        RentToOwn.Platform.Payments.PaymentsExtensions.AddPayments(builder);
        RentToOwn.Platform.Registration.RegistrationExtensions.AddRegistration(builder);
        builder.AddPublicVerifier();
        builder.AddCourts();
        builder.AddTerm();
        builder.AddWebShell();
        builder.AddPlatformTelemetry();
        builder.AddPlatformHealthChecks();
        return builder;
    }
}
