using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.VideoSessions.Identity;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// The registrar's verdict (A.21, A.23, A.30): the platform prepares the verdict document from the
/// checklist, the registrar signs it with their EDS (NCALayer or the .p12 fallback), and the platform
/// verifies the CAdES against the NCA trust and the registrar's own IIN and organisation, appends a
/// PII-free RegistrarVerdict record to the ledger and stores the receipt with the verdict.
/// </summary>
public sealed class VerdictRecorder(
    PlatformDbContext db, EdsTrust trust, CadesVerifier verifier, PlatformLedger ledger, TimeProvider time, IOptions<VideoSessionsOptions> options)
{
    /// <summary>Ledger role string of the registrar.</summary>
    public const string LedgerRole = "registrar";

    /// <summary>Prepares the document the registrar will sign.</summary>
    public Outcome<VerdictDocument> Prepare(VideoSession session, VideoSessionParticipant me, VerdictChecklist checklist)
    {
        if (Refusal(session, me) is { } refused) return Outcome<VerdictDocument>.Refused(refused.Status, refused.Error);
        if (checklist is null) return Outcome<VerdictDocument>.Refused(400, "The checklist is missing.");
        var remark = checklist.Remark?.Trim() ?? "";
        if (remark.Length > 2000 || remark.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            return Outcome<VerdictDocument>.Refused(400, "The remark must be plain text of at most 2000 characters.");
        }

        var joined = session.Events.Where(e => e.Kind == VideoSessionEventKind.Joined).Select(e => e.ParticipantId).ToHashSet();
        var spouse = session.Participants.SingleOrDefault(p => p.Role == ParticipantRole.Spouse);
        var spousesPresent = checklist.SpousesPresent || !session.TenantMarried;
        if (session.TenantMarried && checklist.SpousesPresent && (spouse is null || !joined.Contains(spouse.Id)))
        {
            // A.23: "both spouses took part" cannot be ticked when the log shows the spouse never joined.
            return Outcome<VerdictDocument>.Refused(409, "The log shows the spouse never joined this session; both spouses must take part (A.23).");
        }

        var normalized = checklist with { SpousesPresent = spousesPresent, Remark = remark };
        var confirmed = normalized is { SignaturesAuthentic: true, LegalCapacity: true, FreeWill: true, SpousesPresent: true };
        var participants = session.Participants.OrderBy(p => p.Role)
            .Select(p => new VerdictParticipant(p.Role.ToString(), p.AccountId, joined.Contains(p.Id))).ToList();
        var now = time.GetUtcNow();
        return Outcome<VerdictDocument>.Ok(new VerdictDocument(VerdictDocument.TypeName, session.Id, session.SubjectId, session.Kind.ToString(),
            me.AccountId, participants, session.TenantMarried, normalized, confirmed,
            DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds())));
    }

    /// <summary>Verifies the signed document and records the verdict (ledger first, then the database).</summary>
    public async Task<Outcome<RegistrarVerdict>> RecordAsync(
        VideoSession session, VideoSessionParticipant me, string? documentBase64, string? cmsBase64, CancellationToken ct)
    {
        if (Refusal(session, me) is { } refused) return Outcome<RegistrarVerdict>.Refused(refused.Status, refused.Error);
        byte[] documentBytes, cms;
        try
        {
            documentBytes = Convert.FromBase64String(documentBase64 ?? "");
            cms = Convert.FromBase64String(cmsBase64 ?? "");
        }
        catch (FormatException)
        {
            return Outcome<RegistrarVerdict>.Refused(400, "The document and the signature must be base64.");
        }

        if (cms.Length == 0) return Outcome<RegistrarVerdict>.Refused(400, "The verdict is not signed: the signature is empty.");
        VerdictDocument document;
        try
        {
            document = VerdictDocument.Parse(documentBytes);
        }
        catch (FormatException e)
        {
            return Outcome<RegistrarVerdict>.Refused(400, e.Message);
        }

        if (document.SessionId != session.Id || document.SubjectId != session.SubjectId || document.RegistrarAccountId != me.AccountId
            || document.Kind != session.Kind.ToString())
        {
            return Outcome<RegistrarVerdict>.Refused(400, "The verdict document is for another session, subject or registrar.");
        }

        // The document must be one this platform prepared for this session's current state.
        var expected = Prepare(session, me, document.Checklist);
        if (!expected.Succeeded) return Outcome<RegistrarVerdict>.Refused(expected.Status, expected.Error!);
        if (!(expected.Value! with { PreparedAt = document.PreparedAt }).ToBytes().AsSpan().SequenceEqual(documentBytes))
        {
            return Outcome<RegistrarVerdict>.Refused(400, "The verdict document does not match the session (participants or log changed); prepare it again.");
        }

        var now = time.GetUtcNow();
        if (document.PreparedAt > now.AddMinutes(1) || document.PreparedAt < now.AddMinutes(-options.Value.VerdictDraftLifetimeMinutes))
        {
            return Outcome<RegistrarVerdict>.Refused(400, "The verdict document expired; prepare it again.");
        }

        // A.21: signed with the registrar's own signing key, issued to the State Corporation.
        var policy = trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin.Parse(me.Iin), Bin.Parse(trust.Options.RegistrarBin)));
        var report = verifier.Verify(documentBytes, cms, policy);
        if (report.Signatures.Count != 1 || !report.Passed)
        {
            return Outcome<RegistrarVerdict>.Refused(400, "The registrar's signature was not accepted: " + ParticipantIdentityService.Reasons(report) + ".");
        }

        var certificate = ParticipantIdentityService.SignerCertificate(cms, report.Signatures[0]);
        if (certificate is null) return Outcome<RegistrarVerdict>.Refused(400, "The signature does not carry its certificate.");

        // A.21/A.39: the ledger gets hashes and an HMAC'd signer reference only.
        var record = new SigningRecord(RecordKind.RegistrarVerdict, session.SubjectId, Sha256Digest.Of(documentBytes), Sha256Digest.Of(cms),
            await ledger.ReferenceAsync(me.Iin, ct), Sha256Digest.Of(certificate), LedgerRole, now);
        var receipt = await (await ledger.LedgerAsync(ct)).AppendAsync(record, ct);
        var verdict = new RegistrarVerdict
        {
            Id = Guid.NewGuid(), SessionId = session.Id, RegistrarAccountId = me.AccountId,
            SignaturesAuthentic = document.Checklist.SignaturesAuthentic, LegalCapacity = document.Checklist.LegalCapacity,
            FreeWill = document.Checklist.FreeWill, SpousesPresent = document.Checklist.SpousesPresent, Confirmed = document.Confirmed,
            Remark = document.Checklist.Remark ?? "", Document = documentBytes, Signature = cms,
            CertificateFingerprint = Convert.ToHexStringLower(SHA256.HashData(certificate)), RecordedAt = now,
            LedgerIndex = receipt.Index, LedgerReceipt = ReceiptJson.ToJson(receipt).ToJsonString(),
        };
        db.Set<RegistrarVerdict>().Add(verdict);
        session.Verdict = verdict;
        session.Status = VideoSessionStatus.Completed;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<RegistrarVerdict>.Refused(409, "A verdict was already recorded for this session.");
        }

        return Outcome<RegistrarVerdict>.Ok(verdict);
    }

    private static (int Status, string Error)? Refusal(VideoSession session, VideoSessionParticipant me)
    {
        if (me.Role != ParticipantRole.Registrar) return (403, "Only the session's registrar records the verdict.");
        if (session.Verdict is not null) return (409, "A verdict was already recorded for this session.");
        return null;
    }
}
