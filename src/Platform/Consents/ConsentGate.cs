using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// Issue 16 §5: what depends on a consent stops once it is withdrawn (or has expired, or was never given). A step that
/// needs a person's consent asks here first; a refusal (409) says why with the date ("withdrawn on …"), and every
/// attempt — allowed or refused — is in the audit log, like <see cref="PersonalDataAccess"/>.
/// </summary>
public sealed class ConsentGate(IConsentService consents, PlatformDbContext db, PersonalDataAudit audit, TimeProvider time)
{
    /// <summary>
    /// Null when <paramref name="subjectIin"/>'s consent for <paramref name="purpose"/> is live; else the refusal. The
    /// attempt of <paramref name="actor"/> to take <paramref name="action"/> on <paramref name="resource"/> is audited either way.
    /// <paramref name="whose"/> is the text key naming whose consent it is (<c>consents.refused.whose.yours</c>, <c>….tenant</c>). With <paramref name="required"/> false
    /// only a consent that was given and is no longer live stops the step (one that was never given does not).
    /// </summary>
    public async Task<Outcome?> RefusalAsync(string actor, string subjectIin, string purpose, string action, string resource, string whose,
        CancellationToken ct, bool required = true)
    {
        var live = await consents.HasLiveConsentAsync(subjectIin, purpose, ct);
        var last = live ? null : (await consents.ConsentsOfAsync(subjectIin, ct)).FirstOrDefault(c => c.Purpose == purpose);
        var allowed = live || (!required && last is null);
        await audit.RecordAsync(actor, [subjectIin], action, resource, allowed, ct);
        return allowed ? null : Describe(last, whose);
    }

    /// <summary>
    /// Null when the consent <paramref name="consentId"/> (a step's own consent, e.g. A.20's for one registration) is live;
    /// else the refusal, audited like <see cref="RefusalAsync"/>.
    /// </summary>
    public async Task<Outcome?> RefusalForAsync(string actor, string subjectIin, Guid consentId, string action, string resource, string whose,
        CancellationToken ct)
    {
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId, ct);
        var live = consent?.IsLiveAt(time.GetUtcNow()) == true;
        await audit.RecordAsync(actor, [subjectIin], action, resource, allowed: live, ct);
        return live ? null : Describe(consent, whose);
    }

    /// <summary>Whether the consent <paramref name="consentId"/> is live now.</summary>
    public async Task<bool> IsLiveAsync(Guid consentId, CancellationToken ct) =>
        (await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId, ct))?.IsLiveAt(time.GetUtcNow()) == true;

    // Withdrawn on …, expired on …, or never given.
    private static Outcome Describe(PersonalDataConsent? last, string whose) => last switch
    {
        { RevokedAt: { } at } => Outcome.Refused(StatusCodes.Status409Conflict, "consents.refused.withdrawn_on", new Outcome.Text(whose), Day(at)),
        not null => Outcome.Refused(StatusCodes.Status409Conflict, "consents.refused.expired_on", new Outcome.Text(whose), Day(last.ValidUntil)),
        null => Outcome.Refused(StatusCodes.Status409Conflict, "consents.refused.needed", new Outcome.Text(whose)),
    };

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
