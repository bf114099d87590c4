namespace RentToOwn.Platform.Ledger;

/// <summary>Registers the embedded ledger and the signature recorder.</summary>
public static class LedgerExtensions
{
    /// <summary>Adds <see cref="PlatformLedger"/> and <see cref="SignatureLedger"/>.</summary>
    public static IHostApplicationBuilder AddPlatformLedger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section);
        builder.Services.AddSingleton<PlatformLedger>();
        builder.Services.AddScoped<SignatureLedger>();
        return builder;
    }
}
