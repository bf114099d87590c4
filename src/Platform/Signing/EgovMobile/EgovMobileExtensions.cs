namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>Registers eGov mobile QR signing.</summary>
public static class EgovMobileExtensions
{
    /// <summary>Adds <see cref="EgovMobileOptions"/> and <see cref="EgovMobileProcedures"/>.</summary>
    public static IHostApplicationBuilder AddEgovMobileSigning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EgovMobileOptions>().BindConfiguration(EgovMobileOptions.Section)
            .Validate(o => o.ProcedureSeconds is > 0 and <= 3600 && o.MaxDocumentBytes > 0 && o.MaxSignedBodyBytes > 0,
                "EgovMobile: ProcedureSeconds must be 1–3600, MaxDocumentBytes and MaxSignedBodyBytes positive")
            .ValidateOnStart();
        builder.Services.AddScoped<EgovMobileProcedures>();
        return builder;
    }
}
