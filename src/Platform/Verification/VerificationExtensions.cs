namespace RentToOwn.Platform.Verification;

/// <summary>Registers the public verifier (A.18).</summary>
public static class VerificationExtensions
{
    /// <summary>Adds <see cref="PublicVerifier"/>, its ledger index and trust (over the platform ledger), and its texts.</summary>
    public static IHostApplicationBuilder AddPublicVerifier(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<VerifierOptions>().BindConfiguration(VerifierOptions.Section);
        builder.Services.AddSingleton<LedgerFiles>();
        builder.Services.AddSingleton<LedgerHashIndex>();
        builder.Services.AddSingleton<LedgerTrust>();
        builder.Services.AddSingleton<UploadReader>();
        builder.Services.AddSingleton<PublicVerifier>();
        builder.Services.AddSingleton<Texts.VerifierText>();
        return builder;
    }
}
