using Microsoft.Extensions.Options;
using RentToOwn.Domain.Calendar;

namespace RentToOwn.Platform.Calendar;

/// <summary>Registers the Kazakhstan working-day calendar (embedded years plus <c>Domain:Calendar:ExtraDataFile</c>) and the deadline calculator.</summary>
public static class CalendarExtensions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Domain:Calendar";

    /// <summary>Adds <see cref="IWorkingDayCalendar"/>, <see cref="DeadlineCalculator"/> and <see cref="CalendarCoverage"/>.</summary>
    public static IHostApplicationBuilder AddWorkingDayCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarOptions>().BindConfiguration(Section);
        // A bad extra data file fails the start with the file's name and the reason (CalendarDataException).
        builder.Services.AddSingleton(sp => KazakhstanCalendar.FromOptions(sp.GetRequiredService<IOptions<CalendarOptions>>().Value));
        builder.Services.AddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<KazakhstanCalendar>());
        // Development only (Security/StandIn): the legal calendar can be moved forward for a demo (Dev/DevCalendar).
        if (Security.StandIn.AdjustableCalendar.IsActive(builder.Configuration))
        {
            builder.Services.AddSingleton(sp => new Dev.DevCalendar(sp.GetRequiredService<TimeProvider>()));
        }

        builder.Services.AddSingleton(sp => new DeadlineCalculator(
            (TimeProvider?)sp.GetService<Dev.DevCalendar>() ?? sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        builder.Services.AddSingleton<CalendarCoverage>();
        return builder;
    }
}
