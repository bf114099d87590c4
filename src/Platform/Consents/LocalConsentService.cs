using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Consents;

/// <summary>Local stand-in for the ДҚБ service: consents live in the platform's own table.</summary>
public sealed class LocalConsentService(PlatformDbContext db, TimeProvider time, IOptions<ConsentOptions> options) : IConsentService
{
    /// <inheritdoc />
    public async Task<PersonalDataConsent> RegisterAsync(Guid consentId, string subjectIin, SignedConsentForm form, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var consent = new PersonalDataConsent
        {
            Id = consentId, SubjectIin = subjectIin, Purpose = form.Purpose, FormVersion = form.FormVersion,
            // Appendix: valid for the period of the service (ConsentOptions.ServicePeriodMonths), unless withdrawn.
            GrantedAt = now, ValidUntil = now.AddMonths(options.Value.ServicePeriodMonths), SignatureCms = form.Cms,
            SignedForm = form.Form, FormSalt = form.Salt,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent;
    }

    /// <inheritdoc />
    public async Task<PersonalDataConsent?> LiveConsentAsync(string subjectIin, string purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Consents.AsNoTracking()
            .Where(c => c.SubjectIin == subjectIin && c.Purpose == purpose && c.RevokedAt == null && c.ValidUntil > now)
            .ToListAsync(ct);
        return candidates.Where(c => c.IsLiveAt(now)).OrderByDescending(c => c.GrantedAt).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<bool> HasLiveConsentAsync(string subjectIin, string purpose, CancellationToken ct)
    {
        // PersonalDataConsent.IsLiveAt in SQL: not revoked, granted by now, valid until later.
        var now = time.GetUtcNow();
        return await db.Consents.AnyAsync(c => c.SubjectIin == subjectIin && c.Purpose == purpose && c.RevokedAt == null && c.GrantedAt <= now && c.ValidUntil > now, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PersonalDataConsent>> ConsentsOfAsync(string subjectIin, CancellationToken ct) =>
        (await db.Consents.AsNoTracking().Where(c => c.SubjectIin == subjectIin).ToListAsync(ct)).OrderByDescending(c => c.GrantedAt).ToList();

    /// <inheritdoc />
    public async Task<bool> WithdrawAsync(Guid consentId, DateTimeOffset at, CancellationToken ct) =>
        await db.Consents.Where(c => c.Id == consentId && c.RevokedAt == null && c.ValidUntil > at)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RevokedAt, at), ct) == 1;
}
