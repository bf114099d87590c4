using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.13: an officer's queue — only the applications assigned to that officer, each with its
/// 15-calendar-day decision clock. Personal data (income) is read only under the tenant's live consent, audited.
/// </summary>
public sealed class ReviewQueue(PlatformDbContext db, PersonalDataAccess access, PersonalDataAudit audit, DeadlineCalculator deadlines)
{
    /// <summary>The submitted applications in <paramref name="officerIin"/>'s queue, most urgent first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ForOfficerAsync(string officerIin, CancellationToken ct)
    {
        var apps = await db.Applications.Include(a => a.Guarantors).AsNoTracking()
            .Where(a => a.AssignedOfficerIin == officerIin && a.Status == ApplicationStatus.Submitted)
            .ToListAsync(ct);
        var today = deadlines.Today;
        var ids = apps.Select(a => a.Id).ToList();
        var checks = (await db.ReviewChecks.AsNoTracking().Where(c => ids.Contains(c.ApplicationId)).ToListAsync(ct))
            .GroupBy(c => c.ApplicationId).ToDictionary(g => g.Key, g => Checks.ReviewChecks.LatestRun(g.ToList()).Count(c => c.Outcome == Checks.CheckOutcome.Failed));
        var items = new List<ReviewItem>();
        foreach (var a in apps.OrderBy(a => a.DecisionDeadline))
        {
            var readable = await access.TryReadAsync(officerIin, a.TenantIin, "read:application", $"application/{a.Id}", ct);
            // Issue 15 §2: without the tenant's live consent the queue shows neither the IIN nor the income.
            items.Add(new ReviewItem(a.Id, readable ? a.TenantIin : null, a.SubmittedAt!.Value, a.DecisionDeadline!.Value, today > a.DecisionDeadline.Value,
                a.Guarantors.Count(g => g.SignedAt != null), a.Guarantors.Count, readable ? a.MonthlyIncomeTiyn : null,
                checks.TryGetValue(a.Id, out var failed) ? failed : null));
        }

        return items;
    }

    /// <summary>One application of the officer's queue (null for any other, including another officer's).</summary>
    public async Task<TenantApplication?> DetailsAsync(string officerIin, Guid id, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app is null) return null;
        if (app.AssignedOfficerIin != officerIin)
        {
            await audit.RecordAsync(officerIin, [app.TenantIin], "read:application", $"application/{id}", allowed: false, ct);
            return null;
        }

        return await access.TryReadAsync(officerIin, app.TenantIin, "read:application", $"application/{id}", ct) ? app : null;
    }
}
