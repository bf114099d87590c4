using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Dev;

/// <summary>Development-only routes, mapped only when their stand-in is on (<c>Dev:AdjustableCalendar</c>).</summary>
public static class DevApi
{
    /// <summary>What the legal calendar says now.</summary>
    /// <param name="Today">Today's legal date.</param>
    /// <param name="OffsetDays">Days ahead of the real clock.</param>
    public sealed record CalendarView(DateOnly Today, int OffsetDays);

    /// <summary>Maps <c>POST /api/dev/calendar/advance?days=N</c> (officer) when the adjustable calendar is on.</summary>
    public static IEndpointRouteBuilder MapDevApi(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevCalendar>() is null) return app;
        var g = app.MapGroup("/api/dev/calendar").RequireAuthorization(CabinetPolicies.Officer);
        g.MapPost("/advance", Advance);
        return app;
    }

    /// <summary>Moves the legal calendar forward by 1..366 days.</summary>
    public static Results<Ok<CalendarView>, ProblemHttpResult> Advance(int days, DevCalendar calendar, RentToOwn.Domain.Calendar.DeadlineCalculator deadlines)
    {
        if (days is < 1 or > 366) return Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.days_range").ToProblem();
        calendar.Advance(days);
        return TypedResults.Ok(new CalendarView(deadlines.Today, (int)calendar.Offset.TotalDays));
    }
}
