using Quartz;
using RentToOwn.Domain.Calendar;

namespace RentToOwn.Platform.Recipients;

/// <summary>Registers the recipient-list import and the legal-deadline calculator it uses.</summary>
public static class RecipientsExtensions
{
    /// <summary>Adds the Kazakhstan calendar, <see cref="DeadlineCalculator"/> and the importer.</summary>
    public static IHostApplicationBuilder AddRecipients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IWorkingDayCalendar>(_ => KazakhstanCalendar.FromEmbeddedData());
        builder.Services.AddSingleton(sp => new DeadlineCalculator(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        builder.Services.AddSingleton<RecipientCsvParser>();
        builder.Services.AddScoped<RecipientListImporter>();
        builder.Services.AddScoped<Auditing.PersonalDataAudit>();
        builder.Services.AddScoped<ApplicationDeadlineReminders>();
        // A.7 reminders every hour (Quartz, in memory here; issue 7 moves jobs into the database).
        if (builder.Configuration.GetValue("Jobs:Enabled", true))
        {
            builder.Services.AddQuartz(q => q.ScheduleJob<DeadlineReminderJob>(t => t
                .WithIdentity("a7-reminders").StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())));
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return builder;
    }
}
