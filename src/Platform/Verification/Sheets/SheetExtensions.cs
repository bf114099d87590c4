namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>Registers the verification sheets (A.18).</summary>
public static class SheetExtensions
{
    /// <summary>Adds the stored-document sources, the stored verifier and the sheet renderer.</summary>
    public static IHostApplicationBuilder AddVerificationSheets(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SheetOptions>().BindConfiguration(SheetOptions.Section);
        builder.Services.AddScoped<ISignedDocumentSource, LeaseDocumentSource>();
        builder.Services.AddScoped<ISignedDocumentSource, VerdictDocumentSource>();
        builder.Services.AddScoped<ISignedDocumentSource, RegistrationResultDocumentSource>();
        builder.Services.AddScoped<StoredVerification>();
        builder.Services.AddSingleton<SheetPdf>();
        return builder;
    }
}
