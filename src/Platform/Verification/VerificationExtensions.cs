using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Verification;

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
        builder.Services.AddHostedService<LedgerHashIndexWarmup>();
        builder.Services.AddSingleton<LedgerTrust>();
        builder.Services.AddSingleton<UploadReader>();
        builder.Services.AddSingleton<PublicVerifier>();
        var rpc = builder.Configuration[$"{VerifierOptions.Section}:{nameof(VerifierOptions.AnchorRpcUrl)}"];
        if (!string.IsNullOrWhiteSpace(rpc))
        {
            // Anchors are confirmed on the chain (transaction, contract, block, size, root) when a node answers.
            builder.Services.AddSingleton<IAnchorChain>(sp => new EvmAnchorChain(new HttpClient
            {
                BaseAddress = new Uri(rpc),
                Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<VerifierOptions>>().Value.AnchorRpcTimeoutSeconds),
            }));
        }

        return builder;
    }
}
