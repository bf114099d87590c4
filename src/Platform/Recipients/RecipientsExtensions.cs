using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Calendar;

namespace RentToOwn.Platform.Recipients;

/// <summary>Registers the recipient-list import and the legal-deadline calculator it uses.</summary>
public static class RecipientsExtensions
{
    /// <summary>Adds the working-day calendar, <see cref="DeadlineCalculator"/> and the importer.</summary>
    public static IHostApplicationBuilder AddRecipients(this IHostApplicationBuilder builder)
    {
        builder.AddWorkingDayCalendar();
        builder.Services.AddSingleton<RecipientCsvParser>();
        builder.Services.AddScoped<RecipientListImporter>();
        builder.AddPersonalDataAudit();
        // A.7 reminders; the Quartz job that runs them hourly is registered by AddPlatformScheduling (Scheduling/).
        builder.Services.AddScoped<ApplicationDeadlineReminders>();
        return builder;
    }
}
