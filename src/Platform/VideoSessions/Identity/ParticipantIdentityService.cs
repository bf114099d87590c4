using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Identity;

/// <summary>
/// A.21: each participant proves, in the session itself, that the person at the camera holds the EDS
/// of the logged-in account: their AUTH key signs a challenge naming the session. The registrar then sees
/// the certificate's subject and any photo data it carries. Challenges are sealed with ASP.NET Core
/// data protection and expire after two minutes (platform clock), so no table is needed.
/// </summary>
public sealed class ParticipantIdentityService(
    PlatformDbContext db, SignatureVerifier signatures, TimeProvider time, IDataProtectionProvider protection)
{
    private const string Purpose = "RentToOwn.VideoSessions.IdentityChallenge";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>A challenge for <paramref name="me"/> in <paramref name="session"/>.</summary>
    public IdentityChallenge Issue(VideoSession session, VideoSessionParticipant me)
    {
        var text = $"RentToOwn video session identity\nsession: {session.Id}\nparticipant: {me.Id}\n" +
                   $"nonce: {Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))}\nexpires: {time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds()}\n";
        var token = Protector().Protect(text);
        return new IdentityChallenge(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), token);
    }

    /// <summary>Verifies the signed challenge against <paramref name="me"/>'s IIN and stores the certificate.</summary>
    public async Task<Outcome<VideoSessionParticipant>> ConfirmAsync(
        VideoSession session, VideoSessionParticipant me, string? token, string? cmsBase64, CancellationToken ct)
    {
        string text;
        try
        {
            text = Protector().Unprotect(token ?? "");
            var expires = long.Parse(text[(text.LastIndexOf("expires: ", StringComparison.Ordinal) + 9)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            if (time.GetUtcNow().ToUnixTimeSeconds() > expires) throw new CryptographicException("expired");
        }
        catch (CryptographicException)
        {
            return Outcome<VideoSessionParticipant>.Refused(400, "video.refused.challenge_unknown");
        }

        if (!text.Contains($"\nsession: {session.Id}\nparticipant: {me.Id}\n", StringComparison.Ordinal))
        {
            return Outcome<VideoSessionParticipant>.Refused(400, "video.refused.challenge_other");
        }

        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(cmsBase64 ?? "");
        }
        catch (FormatException)
        {
            return Outcome<VideoSessionParticipant>.Refused(400, "video.refused.not_base64");
        }

        var report = signatures.Verify(Encoding.UTF8.GetBytes(text), cms, KeyPurpose.Authentication, new ExpectedSigner(Iin.Parse(me.Iin)));
        if (report.Signatures.Count != 1 || !report.Passed)
        {
            return Outcome<VideoSessionParticipant>.Refused(400, "video.refused.identity_refused", Reasons(report));
        }

        var certificate = report.Signatures[0].SignerCertificate;
        if (certificate is null)
        {
            return Outcome<VideoSessionParticipant>.Refused(400, "video.refused.no_certificate");
        }

        me.IdentityConfirmedAt = time.GetUtcNow();
        me.IdentityCertificate = certificate;
        await db.SaveChangesAsync(ct);
        return Outcome<VideoSessionParticipant>.Ok(me);
    }

    /// <summary>What the registrar sees of <paramref name="p"/>.</summary>
    public static ParticipantIdentity Describe(VideoSessionParticipant p, bool present)
    {
        string? subject = null, issuer = null, serial = null;
        DateTimeOffset? notAfter = null;
        IReadOnlyList<CertificatePhoto> photos = [];
        if (p.IdentityCertificate is { } der)
        {
            var cert = new Org.BouncyCastle.X509.X509Certificate(der);
            // The registrar sees the certificate subject with its IIN (SERIALNUMBER=IIN…) masked too.
            subject = System.Text.RegularExpressions.Regex.Replace(cert.SubjectDN.ToString(), @"\d{12}", m => IinMask.Mask(m.Value));
            issuer = cert.IssuerDN.ToString();
            serial = cert.SerialNumber.ToString(16);
            notAfter = new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero);
            photos = CertificatePhotoReader.Read(der);
        }

        return new ParticipantIdentity(p.Id, p.Role.ToString(), p.FullName, IinMask.Mask(p.Iin), p.IdentityConfirmedAt,
            subject, issuer, serial, notAfter, photos, present);
    }

    /// <summary>
    /// The DER of the certificate the verifier checked <paramref name="signature"/> with. Never looked up in the CMS
    /// again: a CMS may carry another certificate with the same serial and someone else's name (issue 15).
    /// </summary>
    internal static byte[]? SignerCertificate(byte[] cms, SignatureValidation signature) => signature.SignerCertificate;

    internal static string Reasons(ValidationReport report)
    {
        var s = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        return s is null
            ? "expected exactly one signature"
            : string.Join("; ", s.Errors.DefaultIfEmpty(s.SubIndication?.ToString() ?? "not valid"));
    }

    private IDataProtector Protector() => protection.CreateProtector(Purpose);
}
