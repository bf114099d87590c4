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
    /// <paramref name="whose"/> names the consent in the message ("Your", "The tenant's"). With <paramref name="required"/> false
    /// only a consent that was given and is no longer live stops the step (one that was never given does not).
    /// </summary>
    public async Task<Outcome?> RefusalAsync(string actor, string subjectIin, string purpose, string action, string resource, string whose,
        CancellationToken ct, bool required = true)
    {
        var live = await consents.HasLiveConsentAsync(subjectIin, purpose, ct);
        var last = live ? null : (await consents.ConsentsOfAsync(subjectIin, ct)).FirstOrDefault(c => c.Purpose == purpose);
        var allowed = live || (!required && last is null);
        await audit.RecordAsync(actor, [subjectIin], action, resource, allowed, ct);
        return allowed ? null : Outcome.Refused(StatusCodes.Status409Conflict, Describe(last, whose));
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
        return live ? null : Outcome.Refused(StatusCodes.Status409Conflict, Describe(consent, whose));
    }

    /// <summary>Whether the consent <paramref name="consentId"/> is live now.</summary>
    public async Task<bool> IsLiveAsync(Guid consentId, CancellationToken ct) =>
        (await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId, ct))?.IsLiveAt(time.GetUtcNow()) == true;

    // Withdrawn on …, expired on …, or never given.
    private static string Describe(PersonalDataConsent? last, string whose) => last switch
    {
        { RevokedAt: { } at } => $"{whose} consent to the processing of personal data was withdrawn on {Day(at)}; what depends on it has stopped. A new consent is needed to go on (A.9, Appendix).",
        not null => $"{whose} consent to the processing of personal data expired on {Day(last.ValidUntil)}; a new consent is needed to go on (A.9, Appendix).",
        null => $"{whose} consent to the processing of personal data (A.9, Appendix form) is needed first.",
    };

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
