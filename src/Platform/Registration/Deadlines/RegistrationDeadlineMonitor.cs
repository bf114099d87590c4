using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.Registration.Deadlines;

/// <summary>
/// A.38: the registration is due within one working day of the fee confirmation (the due instant is computed with
/// the Kazakhstan working-day calendar when the confirmation reaches the cadastre). An application still undecided
/// after it raises one alert for KTK officers: stored, written to the audit log, shown on /Officer/Registrations.
/// </summary>
public sealed class RegistrationDeadlineMonitor(PlatformDbContext db, PersonalDataAudit audit, TimeProvider time, PlatformMetrics metrics) : IScheduledWork
{
    /// <summary>Metrics: an undecided application due within this window is "at risk".</summary>
    public static readonly TimeSpan RiskWindow = TimeSpan.FromHours(4);

    /// <summary>Raises an alert for every newly breached deadline; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Set<RegistrationApplication>()
            .Where(a => a.DecisionDueAt != null && a.DeadlineAlertedAt == null && a.Status != RegistrationStatus.Registered && a.Status != RegistrationStatus.Refused)
            .ToListAsync(ct);
        var breached = candidates.Where(a => a.DecisionDueAt <= now).ToList();
        foreach (var app in breached)
        {
            app.DeadlineAlertedAt = now;
            var message = string.Create(CultureInfo.InvariantCulture,
                $"A.38: registration {app.Id} ({app.Kind}) was due by {app.DecisionDueAt:yyyy-MM-dd HH:mm} UTC (one working day after the fee confirmation) and is still {RegistrationStatusNames.Of(app)}.");
            db.Add(new RegistrationAlert { Id = Guid.NewGuid(), RegistrationId = app.Id, DueAt = app.DecisionDueAt!.Value, RaisedAt = now, Message = message });
            db.Add(new RegistrationEvent
            {
                Id = Guid.NewGuid(), RegistrationId = app.Id, Kind = RegistrationEventKind.Platform, At = now, Code = "DeadlineBreached",
                TextKk = message, TextRu = message,
            });
        }

        await db.SaveChangesAsync(ct);
        // A.38 gauges: undecided and due soon; undecided and past due (alerted now or before).
        var open = db.Set<RegistrationApplication>()
            .Where(a => a.DecisionDueAt != null && a.Status != RegistrationStatus.Registered && a.Status != RegistrationStatus.Refused);
        var dues = await open.Select(a => a.DecisionDueAt!.Value).ToListAsync(ct);
        metrics.Deadlines(dues.Count(d => d > now && d <= now + RiskWindow), dues.Count(d => d <= now));
        foreach (var app in breached)
        {
            await audit.RecordAsync("system:a38-monitor", [null], "registration-deadline-breached", $"registration:{app.Id}", allowed: true, ct);
        }

        return breached.Count;
    }
}
