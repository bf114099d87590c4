using Microsoft.Extensions.Options;
using RentToOwn.Domain.Identity;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Contracts;

namespace RentToOwn.Platform.Applications;

/// <summary>Registers the application services.</summary>
public static class ApplicationsExtensions
{
    /// <summary>Adds <see cref="TenantApplications"/> and the guarantor age rule (retirement ages from <c>RetirementAges</c>).</summary>
    public static IHostApplicationBuilder AddApplications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApplicationOptions>().BindConfiguration(ApplicationOptions.Section);
        builder.Services.AddOptions<RetirementAges>().BindConfiguration("RetirementAges");
        builder.Services.AddSingleton(sp => new GuarantorEligibility(sp.GetRequiredService<IOptions<RetirementAges>>().Value));
        builder.Services.AddScoped<TenantApplications>();
        builder.Services.AddScoped<ApplicationCoSigning>();
        builder.Services.AddScoped<GuarantorSignatures>();
        builder.Services.AddScoped<GuarantorProfiles>();
        builder.Services.AddScoped<SpouseSignatures>();
        builder.Services.AddScoped<ReviewQueue>();
        builder.Services.AddScoped<Decisions>();
        builder.AddContracts();
        builder.AddReviewChecks();
        return builder;
    }
}
