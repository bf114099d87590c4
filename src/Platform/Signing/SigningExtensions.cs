using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Dev;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Signing.Claims;

namespace RentToOwn.Platform.Signing;

/// <summary>Registers EDS trust, the verifier, the signature acceptance pipeline and the EDS login.</summary>
public static class SigningExtensions
{
    /// <summary>
    /// Adds <see cref="EdsTrust"/>, <see cref="CadesVerifier"/> behind the verify-only <see cref="SignatureVerifier"/>, <see cref="SignatureAcceptance"/> (with <see cref="SigningClaims"/> and
    /// <see cref="LedgerRecorder"/>), <see cref="EdsLogin"/> and the demo-directory seeding.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformSigning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EdsOptions>().BindConfiguration(EdsOptions.Section)
            .Validate(o => o.Limits is { MaxSigners: > 0, MaxCertificates: > 0, MaxSeconds: > 0 }, "Eds:Limits: MaxSigners, MaxCertificates and MaxSeconds must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton<EdsTrust>();
        builder.Services.AddSingleton<CadesVerifier>();
        builder.Services.AddSingleton<SignatureVerifier>();
        builder.Services.AddScoped<SigningClaims>();
        builder.Services.AddScoped<LedgerRecorder>();
        builder.Services.AddScoped<SignatureAcceptance>();
        builder.Services.AddScoped<DbChallengeStore>();
        builder.Services.AddScoped<EdsLogin>();
        builder.Services.AddHostedService<DemoDirectorySeeder>();
        return builder;
    }
}
