using Quartz;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Registration.Deadlines;

namespace RentToOwn.Platform.Registration;

/// <summary>Registers the registration applications (A.19–A.38): the cadastre connection (embedded simulator by default), the workflow, the fee handler and the A.38 monitor.</summary>
public static class RegistrationExtensions
{
    /// <summary>Adds everything registration needs.</summary>
    public static IHostApplicationBuilder AddRegistration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section);
        builder.Services.AddOptions<KadastrOptions>().BindConfiguration(KadastrOptions.Section);
        builder.Services.AddSingleton<CadastreConnection>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CadastreConnection>());
        builder.Services.AddHostedService<CadastreRetryService>();
        builder.Services.AddSingleton<RegistrationGate>();
        builder.Services.AddScoped<RegistrationWorkflow>();
        builder.Services.AddScoped<RegistrationEvents>();
        builder.Services.AddScoped<RegistrationApplications>();
        builder.Services.AddScoped<IRegistrationApplications>(sp => sp.GetRequiredService<RegistrationApplications>());
        builder.Services.AddScoped<RegistrationSteps>();
        builder.Services.AddScoped<RegistrationVerdictHandler>();
        builder.Services.AddScoped<RentToOwn.Platform.VideoSessions.Verdicts.IVerdictRecordedHandler>(sp => sp.GetRequiredService<RegistrationVerdictHandler>());
        builder.Services.AddScoped<IPaymentConfirmationHandler, RegistrationFeeHandler>();
        builder.Services.AddScoped<RegistrationDeadlineMonitor>();
        // A.38: monitor the one-working-day registration deadline (Quartz; the store is configured centrally).
        if (Scheduling.SchedulingOptions.IsEnabled(builder.Configuration))
        {
            var every = builder.Configuration.GetValue($"{RegistrationOptions.Section}:DeadlineCheckInterval", TimeSpan.FromMinutes(15));
            builder.Services.AddQuartz(q => q.ScheduleJob<RegistrationDeadlineJob>(
                t => t.WithIdentity("a38-registration-deadline-trigger").StartNow().WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()),
                j => j.WithIdentity(RegistrationDeadlineJob.Key)));
        }

        return builder;
    }
}
