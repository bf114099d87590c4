using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Term.Notices;

/// <summary>
/// Payment reminders (N days before the effective due date) and arrears notices (the day after it), one per lease,
/// period and kind (unique index), stored in <c>term_notices</c> and sent as SMS through the outbox to the phone from the
/// akimat list. Leases not yet signed, completed or being closed get none. The clock is the injected TimeProvider.
/// </summary>
public sealed class TermNotices(PlatformDbContext db, TermStatements statements, SmsOutbox sms, UiText texts, IOptions<TermOptions> options) : IScheduledWork
{
    /// <summary>Queues every due notice and sends the SMS; returns how many notices were created.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = statements.Today;
        var closing = await db.Set<LeaseClosing>().Select(c => c.LeaseId).ToListAsync(ct);
        var leases = await db.Leases.AsNoTracking().Where(l => l.ContractPdf != null && !closing.Contains(l.Id)).ToListAsync(ct);
        var created = 0;
        foreach (var lease in leases)
        {
            var s = await statements.StatementAsync(lease, ct);
            if (!s.Active || s.PurchaseCompleted) continue;
            var sent = await db.Set<TermNotice>().Where(n => n.LeaseId == lease.Id).Select(n => new { n.Period, n.Kind }).ToListAsync(ct);
            var wanted = s.Periods.Where(p => p.State == PeriodState.Overdue).Select(p => (p, TermNoticeKind.Arrears)).ToList();
            if (s.Periods.FirstOrDefault(p => p.State is PeriodState.Upcoming or PeriodState.Due) is { } next
                && next.EffectiveDueDate.DayNumber - today.DayNumber <= options.Value.ReminderDaysBefore)
            {
                wanted.Add((next, TermNoticeKind.Reminder));
            }

            var contact = await db.RecipientListEntries.AsNoTracking().Where(e => e.Iin == lease.TenantIin)
                .OrderByDescending(e => e.Id).Select(e => new { e.Phone, e.AccountId }).FirstOrDefaultAsync(ct);
            foreach (var (p, kind) in wanted.Where(w => !sent.Any(x => x.Period == w.p.N && x.Kind == w.Item2)))
            {
                var notice = new TermNotice
                {
                    Id = Guid.NewGuid(), LeaseId = lease.Id, Period = p.N, Kind = kind, AmountTiyn = p.OutstandingTiyn, DueDate = p.EffectiveDueDate, CreatedAt = sms.Now,
                };
                if (contact is not null) notice.SmsId = sms.Enqueue(contact.Phone, Text(lease.Number, kind, p), contact.AccountId).Id;
                db.Add(notice);
                created++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return 0; // another run stored the same notices (unique per lease, period, kind): nothing is sent twice
        }

        if (created > 0) await sms.DispatchPendingAsync(ct);
        return created;
    }

    private string Text(string number, TermNoticeKind kind, PeriodStatus p)
    {
        var key = kind == TermNoticeKind.Reminder ? "term.sms.reminder" : "term.sms.arrears";
        var amount = new Money(p.OutstandingTiyn).ToDocumentString();
        var date = p.EffectiveDueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        string F(string lang) => string.Format(CultureInfo.InvariantCulture, texts.Get(lang, key), number, amount, date, p.DaysOverdue);
        return F("kk") + " / " + F("ru");
    }
}
