using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Auditing;

/// <summary>Writes audit-log lines for reads of personal data (A.9, A.39).</summary>
public sealed class PersonalDataAudit(PlatformDbContext db, TimeProvider time, AuditGroupCommit? commit = null)
{
    /// <summary>
    /// Records one line per subject, committed before this returns. A pure read (the context holds no changes and no
    /// transaction) hands its lines to the group commit; otherwise they are saved with the caller's context as before —
    /// with its pending changes, inside its transaction.
    /// </summary>
    public async Task RecordAsync(string actor, IEnumerable<string?> subjectIins, string action, string resource, bool allowed, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        var lines = subjectIins.Select(subject => new AuditEntry { At = at, Actor = actor, SubjectIin = subject, Action = action, Resource = resource, Allowed = allowed }).ToList();
        if (commit is { Enabled: true } && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges()
            && await commit.WriteAsync(lines, ct))
        {
            return;
        }

        db.AuditLog.AddRange(lines);
        await db.SaveChangesAsync(ct);
    }
}
