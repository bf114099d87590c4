using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Courts;

/// <summary>Registers the court-records service (seed 000).</summary>
public static class CourtsExtensions
{
    /// <summary>Adds the stand-in <see cref="LocalCourtDecisionRegistry"/> unless <c>Courts:LocalRegistry:Enabled</c> is false (then register the real <see cref="ICourtDecisionRegistry"/>).</summary>
    public static IHostApplicationBuilder AddCourts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CourtsOptions>().BindConfiguration(CourtsOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DecisionsFile), "Courts:DecisionsFile must name a file.").ValidateOnStart();
        if (StandIn.LocalCourtDecisions.IsActive(builder.Configuration))
        {
            builder.Services.AddSingleton<LocalCourtDecisionRegistry>();
            builder.Services.AddSingleton<ICourtDecisionRegistry>(sp => sp.GetRequiredService<LocalCourtDecisionRegistry>());
        }

        return builder;
    }
}
