using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.VideoSessions;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// A.21, A.30: a video session is held for one registration application, with that application's parties — the tenant
/// and, when the lease names a spouse, the spouse (A.23). The A.30 session of a buyout is held for the termination and
/// serves its paired ownership application too (<see cref="RegistrationSteps.VerdictSubject"/>).
/// </summary>
public sealed class RegistrationSessionSubjects(PlatformDbContext db) : ISessionSubjects
{
    /// <inheritdoc />
    public async Task<Outcome<SessionSubject>> ResolveAsync(Guid applicationId, CancellationToken ct)
    {
        var app = await db.Set<RegistrationApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (app is null) return Outcome<SessionSubject>.Refused(404, "registration.refused.no_application");
        if (app.IsFinal) return Outcome<SessionSubject>.Refused(409, "registration.refused.final_no_session", new Outcome.Text("registration.status." + RegistrationStatusNames.Of(app)));
        if (app.IsCourtOrdered) return Outcome<SessionSubject>.Refused(409, "registration.refused.court_no_session");
        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == app.LeaseId, ct);
        var (subject, kind) = RegistrationSteps.VerdictSubject(app);
        return Outcome<SessionSubject>.Ok(new SessionSubject(Guid.Parse(subject), kind, lease.TenantIin, lease.SpouseIin is { Length: > 0 } s ? s : null));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SessionSubjectChoice>> OpenAsync(CancellationToken ct)
    {
        var apps = await db.Set<RegistrationApplication>().AsNoTracking()
            .Where(a => a.Kind != RegistrationKind.Ownership && a.Status != RegistrationStatus.Registered && a.Status != RegistrationStatus.Refused)
            .ToListAsync(ct);
        apps = apps.Where(a => !a.IsCourtOrdered).OrderByDescending(a => a.CreatedAt).ToList();
        var leaseIds = apps.Select(a => a.LeaseId).Distinct().ToList();
        var leases = await db.Leases.AsNoTracking().Where(l => leaseIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return apps.Select(a =>
        {
            var lease = leases[a.LeaseId];
            return new SessionSubjectChoice(a.Id, RegistrationSteps.VerdictSubject(a).Kind, $"{lease.Number} · {lease.Flat.CadastralNumber} · {lease.TenantName}");
        }).ToList();
    }
}
