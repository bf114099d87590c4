using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RentToOwn.Platform.Verification;

/// <summary>Registers the public verifier (A.18) and, when nothing else did, the platform's embedded ledger.</summary>
public static class VerificationExtensions
{
    /// <summary>Adds <see cref="PublicVerifier"/>, its ledger index and trust, and the embedded <see cref="PlatformLedger"/>.</summary>
    public static IHostApplicationBuilder AddPublicVerifier(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<VerifierOptions>().BindConfiguration(VerifierOptions.Section);
        builder.Services.AddOptions<PlatformLedgerOptions>().BindConfiguration(PlatformLedgerOptions.Section);
        builder.Services.TryAddSingleton<PlatformLedger>();
        builder.Services.TryAddSingleton<RentToOwn.LedgerAdapter.ISigningLedger>(sp => sp.GetRequiredService<PlatformLedger>());
        builder.Services.AddSingleton<LedgerHashIndex>();
        builder.Services.AddSingleton<LedgerTrust>();
        builder.Services.AddSingleton<UploadReader>();
        builder.Services.AddSingleton<PublicVerifier>();
        builder.Services.AddSingleton<Texts.VerifierText>();
        return builder;
    }
}
