using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Consents;

/// <summary>Local stand-in for the ДҚБ service: consents live in the platform's own table.</summary>
public sealed class LocalConsentService(PlatformDbContext db, TimeProvider time, IOptions<ConsentOptions> options) : IConsentService
{
    /// <inheritdoc />
    public async Task<PersonalDataConsent> RegisterAsync(string subjectIin, string purpose, string formVersion, byte[] signatureCms, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var consent = new PersonalDataConsent
        {
            Id = Guid.NewGuid(), SubjectIin = subjectIin, Purpose = purpose, FormVersion = formVersion,
            GrantedAt = now, ValidUntil = now.AddDays(options.Value.ValidityDays), SignatureCms = signatureCms,
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
}
