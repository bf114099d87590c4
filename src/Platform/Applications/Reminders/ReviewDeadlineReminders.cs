using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Applications.Reminders;

/// <summary>
/// A.13: KTK decides within 15 calendar days of receiving the application. The officer whose queue holds a
/// submitted application is reminded once when <see cref="SchedulingOptions.ReviewWarningDays"/> or fewer days
/// remain, and once more when the deadline has passed. Only ids and dates go into the SMS (no personal data).
/// The clock is the injected <see cref="TimeProvider"/> (through <see cref="DeadlineCalculator"/>).
/// </summary>
public sealed class ReviewDeadlineReminders(
    PlatformDbContext db, DeadlineCalculator deadlines, TimeProvider time, ReminderLog log, UiText texts,
    IOptions<SchedulingOptions> options, IOptions<SmsOptions> sms, ILogger<ReviewDeadlineReminders> logger) : IScheduledWork
{
    /// <summary>Produces the due reminders; returns how many were produced.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = deadlines.Today;
        var horizon = today.AddDays(Math.Max(0, options.Value.ReviewWarningDays));
        var due = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Submitted && a.AssignedOfficerIin != null
                        && a.DecisionDeadline != null && a.DecisionDeadline <= horizon)
            .Select(a => new { a.Id, Officer = a.AssignedOfficerIin!, Deadline = a.DecisionDeadline!.Value, a.SubmittedAt })
            .ToListAsync(ct);
        if (due.Count == 0) return 0;

        var officerIins = due.Select(d => d.Officer).Distinct().ToList();
        var officers = await db.Users.AsNoTracking().Where(u => officerIins.Contains(u.Iin))
            .Select(u => new { u.Id, u.Iin, u.Phone }).ToDictionaryAsync(u => u.Iin, ct);
        foreach (var app in due.OrderBy(d => d.Deadline))
        {
            if (!officers.TryGetValue(app.Officer, out var officer))
            {
                logger.LogWarning("A.13: application {Id} is assigned to an officer with no account; no reminder", app.Id);
                continue;
            }

            // A.13: the deadline ends with its last day (local time); after it the application is overdue.
            var kind = today > app.Deadline ? ReminderKind.ReviewOverdue : ReminderKind.ReviewDueSoon;
            var subject = app.Id.ToString();
            if (await log.ExistsAsync(kind, subject, 0, officer.Id, ct)) continue;

            var date = app.Deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            var link = $"{sms.Value.PortalUrl.TrimEnd('/')}/Officer/Review/Details?id={app.Id}";
            var key = kind == ReminderKind.ReviewOverdue ? "scheduling.review.overdue" : "scheduling.review.soon";
            // The stored last day is authoritative; the calculator gives the local offset its end is measured in.
            var offset = deadlines.For(LegalDeadline.KtkDecision, app.SubmittedAt ?? time.GetUtcNow()).DueAt.Offset;
            var dueAt = new DateTimeOffset(app.Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), offset);
            log.Add(kind, subject, 0, officer.Id, officer.Phone, texts.Sms(key, date, app.Id.ToString()[..8], link), dueAt);
        }

        return await log.CommitAsync(ct);
    }
}
