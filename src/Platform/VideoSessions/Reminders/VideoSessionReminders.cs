using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.VideoSessions.Reminders;

/// <summary>
/// Reminders before the registrar's video sessions (A.21, A.30): each participant (KTK representative, tenant,
/// spouse, registrar) gets one SMS per configured lead time (24 h and 1 h by default) before the start.
/// When several lead times are due at once (a session scheduled at short notice, or the platform was down),
/// only the nearest is sent and the others are recorded as superseded. Never sent twice: the
/// <see cref="SentReminder"/> row and its SMS are written in one transaction under a unique index.
/// </summary>
public sealed class VideoSessionReminders(
    PlatformDbContext db, TimeProvider time, ReminderLog log, UiText texts,
    IOptions<SchedulingOptions> options, IOptions<SmsOptions> sms) : IScheduledWork
{
    /// <summary>Kazakhstan's single time zone (UTC+5 since 1 March 2024): session times in the SMS are local.</summary>
    private static readonly TimeSpan LocalOffset = TimeSpan.FromHours(5);

    /// <summary>Produces the due reminders; returns how many reminder records were written (sent or superseded).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var leads = options.Value.VideoReminderLeads();
        if (leads.Count == 0) return 0;
        var now = time.GetUtcNow();
        var horizon = now + leads[0];
        var sessions = await db.Set<VideoSession>().AsNoTracking().Include(s => s.Participants)
            .Where(s => s.Status != VideoSessionStatus.Completed && s.ScheduledAt > now && s.ScheduledAt <= horizon)
            .ToListAsync(ct);
        if (sessions.Count == 0) return 0;

        var accountIds = sessions.SelectMany(s => s.Participants).Select(p => p.AccountId).Distinct().ToList();
        var phones = await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Phone, ct);
        foreach (var session in sessions)
        {
            // The leads already reached, longest first; the last of them is the nearest, the one that is sent.
            var reached = leads.Where(l => now >= session.ScheduledAt - l).ToList();
            if (reached.Count == 0) continue;
            var at = session.ScheduledAt.ToOffset(LocalOffset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
            var room = $"{sms.Value.PortalUrl.TrimEnd('/')}/VideoSessions/Room/{session.Id}";
            var text = texts.Sms("scheduling.video", lang => [texts.Get(lang, $"scheduling.kind.{session.Kind}"), at, room]);
            foreach (var participant in session.Participants)
            {
                for (var i = 0; i < reached.Count; i++)
                {
                    var lead = (int)reached[i].TotalMinutes;
                    if (await log.ExistsAsync(ReminderKind.VideoSession, session.Id.ToString(), lead, participant.AccountId, ct)) continue;
                    log.Add(ReminderKind.VideoSession, session.Id.ToString(), lead, participant.AccountId,
                        phones.GetValueOrDefault(participant.AccountId), text, session.ScheduledAt, superseded: i < reached.Count - 1);
                }
            }
        }

        return await log.CommitAsync(ct);
    }
}
