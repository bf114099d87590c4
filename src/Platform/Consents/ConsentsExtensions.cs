using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Consents;

/// <summary>Registers the consent service stand-in and the personal-data gate.</summary>
public static class ConsentsExtensions
{
    /// <summary>Adds <see cref="IConsentService"/> (local stand-in unless <c>Consents:LocalService:Enabled=false</c>), <see cref="PersonalDataAccess"/> and <see cref="ConsentSigning"/>.</summary>
    public static IHostApplicationBuilder AddConsents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsentOptions>().BindConfiguration(ConsentOptions.Section);
        if (StandIn.LocalConsent.IsActive(builder.Configuration))
        {
            builder.Services.AddScoped<IConsentService, LocalConsentService>();
        }

        builder.Services.AddScoped<PersonalDataAccess>();
        builder.Services.AddScoped<ConsentSigning>();
        builder.Services.AddScoped<ConsentForms>();
        builder.Services.AddScoped<ConsentWithdrawal>();
        builder.Services.AddScoped<ConsentGate>();
        return builder;
    }
}
