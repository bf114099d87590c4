using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Scheduling;

/// <summary>
/// <c>GET /api/reminders</c>: the caller's own reminders (A.13 for officers, video sessions for every participant),
/// newest first — also those that could not go out by SMS because no phone is on file. Nobody sees another's.
/// </summary>
public static class SchedulingApi
{
    /// <summary>One reminder.</summary>
    public sealed record ReminderItem(Guid Id, ReminderKind Kind, string SubjectId, int LeadMinutes, string Text, DateTimeOffset DueAt,
        DateTimeOffset CreatedAt, bool SentBySms, bool Superseded);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSchedulingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reminders", Mine).RequireAuthorization();
        return app;
    }

    /// <summary>The caller's last 100 reminders.</summary>
    public static async Task<Ok<List<ReminderItem>>> Mine([AsParameters] ReminderServices s, CancellationToken ct)
    {
        var account = s.User.AccountId;
        var rows = await s.Db.Set<SentReminder>().AsNoTracking().Where(r => r.AccountId == account).ToListAsync(ct);
        return TypedResults.Ok(rows.OrderByDescending(r => r.CreatedAt).Take(100)
            .Select(r => new ReminderItem(r.Id, r.Kind, r.SubjectId, r.LeadMinutes, r.Text, r.DueAt, r.CreatedAt, r.SmsMessageId is not null, r.Superseded))
            .ToList());
    }
}

/// <summary>What the reminders endpoint needs, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Db">The platform database.</param>
/// <param name="User">The caller.</param>
public sealed record ReminderServices(PlatformDbContext Db, CurrentUser User);
