using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>Registers the A.14–A.15 review checks and their sources.</summary>
public static class ReviewChecksExtensions
{
    /// <summary>Adds <see cref="ReviewChecks"/>, the stand-in sources (<c>review-sources.json</c>; off with <c>ReviewChecks:LocalSources:Enabled=false</c>) and the state-registry look-ups.</summary>
    public static IHostApplicationBuilder AddReviewChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewCheckOptions>().BindConfiguration(ReviewCheckOptions.Section)
            .Validate(o => o.MaxPaymentShareOfIncome is > 0 and <= 1, "ReviewChecks:MaxPaymentShareOfIncome must be in (0, 1].")
            .Validate(o => o.MaxOverdueDays >= 0, "ReviewChecks:MaxOverdueDays must not be negative.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SourcesFile), "ReviewChecks:SourcesFile must name a file.")
            .ValidateOnStart();
        if (StandIn.LocalReviewSources.IsActive(builder.Configuration))
        {
            builder.Services.AddSingleton<ReviewSourceFile>();
            builder.Services.AddSingleton<ICreditBureau, LocalCreditBureau>();
            builder.Services.AddSingleton<ICourtRecords, LocalCourtRecords>();
            builder.Services.AddSingleton<IAffiliateRegistry, LocalAffiliateRegistry>();
            builder.Services.AddSingleton<StateRegistryLookups>();
            builder.Services.AddSingleton<IFinancingList>(sp => sp.GetRequiredService<StateRegistryLookups>());
            builder.Services.AddSingleton<IPersonRegistry>(sp => sp.GetRequiredService<StateRegistryLookups>());
        }

        builder.Services.AddScoped<ReviewChecks>();
        return builder;
    }
}
