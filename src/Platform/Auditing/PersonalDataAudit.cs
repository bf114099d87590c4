using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Auditing;

/// <summary>Writes audit-log lines for reads of personal data (A.9, A.39).</summary>
public sealed class PersonalDataAudit(PlatformDbContext db, TimeProvider time)
{
    /// <summary>Adds one line per subject to the context and saves.</summary>
    public async Task RecordAsync(string actor, IEnumerable<string?> subjectIins, string action, string resource, bool allowed, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        foreach (var subject in subjectIins)
        {
            db.AuditLog.Add(new AuditEntry { At = at, Actor = actor, SubjectIin = subject, Action = action, Resource = resource, Allowed = allowed });
        }

        await db.SaveChangesAsync(ct);
    }
}
