using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// The registrar's verdict (A.21, A.23, A.30), signed once: the platform prepares the cadastre's
/// <c>VideoSessionFindings</c> from the session and the checklist (<see cref="SessionFindings"/>), the registrar signs
/// those exact bytes with their EDS (NCALayer or the .p12 fallback), and the platform verifies the CAdES against the NCA
/// trust and the registrar's own IIN and organisation, appends a PII-free RegistrarVerdict record (hashes only) to the
/// ledger, stores the verdict with its receipt and tells the <see cref="IVerdictRecordedHandler"/>s, so the registration
/// application(s) the session serves carry it to the cadastre without a second signature.
/// </summary>
public sealed class VerdictRecorder(
    PlatformDbContext db, SignatureAcceptance acceptance, TimeProvider time, IOptions<VideoSessionsOptions> options,
    IEnumerable<IVerdictRecordedHandler> handlers, ILogger<VerdictRecorder> log, PlatformMetrics metrics)
{
    /// <summary>Ledger role string of the registrar.</summary>
    public const string LedgerRole = "registrar";

    /// <summary>Prepares the findings the registrar will sign, held now.</summary>
    public Outcome<VerdictDraft> Prepare(VideoSession session, VideoSessionParticipant me, VerdictChecklist checklist) =>
        Prepare(session, me, checklist, DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()));

    private static Outcome<VerdictDraft> Prepare(VideoSession session, VideoSessionParticipant me, VerdictChecklist checklist, DateTimeOffset heldAt)
    {
        if (Refusal(session, me) is { } refused) return Outcome<VerdictDraft>.Refused(refused.Status, refused.Error);
        if (checklist is null) return Outcome<VerdictDraft>.Refused(400, "The checklist is missing.");
        var remark = checklist.Remark?.Trim() ?? "";
        if (remark.Length > 2000 || remark.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            return Outcome<VerdictDraft>.Refused(400, "The remark must be plain text of at most 2000 characters.");
        }

        var joined = session.Events.Where(e => e.Kind == VideoSessionEventKind.Joined).Select(e => e.ParticipantId).ToHashSet();
        var spouse = session.Participants.SingleOrDefault(p => p.Role == ParticipantRole.Spouse);
        var spousesPresent = checklist.SpousesPresent || !session.TenantMarried;
        if (session.TenantMarried && checklist.SpousesPresent && (spouse is null || !joined.Contains(spouse.Id)))
        {
            // A.23: "both spouses took part" cannot be ticked when the log shows the spouse never joined.
            return Outcome<VerdictDraft>.Refused(409, "The log shows the spouse never joined this session; both spouses must take part (A.23).");
        }

        // A.21, A.30: a verdict only when the tenant, KTK's representative, the registrar (and the spouse, when married)
        // joined the room and proved their identity with their AUTH key in this session.
        var absent = session.Participants
            .Where(p => p.Role != ParticipantRole.Spouse || session.TenantMarried)
            .Where(p => !joined.Contains(p.Id) || p.IdentityConfirmedAt is null)
            .Select(p => p.Role.ToString()).ToList();
        if (absent.Count > 0)
        {
            return Outcome<VerdictDraft>.Refused(409,
                $"No verdict without every party in the room: {string.Join(", ", absent)} did not join and prove their identity in this session (A.21).");
        }

        var normalized = checklist with { SpousesPresent = spousesPresent, Remark = remark };
        var confirmed = normalized is { SignaturesAuthentic: true, LegalCapacity: true, FreeWill: true, SpousesPresent: true };
        return Outcome<VerdictDraft>.Ok(new VerdictDraft(SessionFindings.Build(session, me, normalized, heldAt), normalized, confirmed, heldAt));
    }

    /// <summary>
    /// Verifies the registrar's signature over the findings and records the verdict (ledger first, then the database),
    /// then lets the registration attach it. <paramref name="remark"/> is the registrar's note kept beside the findings.
    /// </summary>
    public async Task<Outcome<RegistrarVerdictView>> RecordAsync(
        VideoSession session, VideoSessionParticipant me, string? findingsBase64, string? cmsBase64, string? remark, CancellationToken ct)
    {
        if (Refusal(session, me) is { } refused) return Outcome<RegistrarVerdictView>.Refused(refused.Status, refused.Error);
        if (SignatureInput.Decode(findingsBase64) is not { } bytes || SignatureInput.Decode(cmsBase64) is not { } cms)
        {
            return Outcome<RegistrarVerdictView>.Refused(400, "The findings and the signature must be base64.");
        }

        if (cms.Length == 0) return Outcome<RegistrarVerdictView>.Refused(400, "The verdict is not signed: the signature is empty.");
        Kadastr.Protocol.V1.VideoSessionFindings findings;
        try
        {
            findings = SessionFindings.Parse(bytes);
        }
        catch (FormatException e)
        {
            return Outcome<RegistrarVerdictView>.Refused(400, e.Message);
        }

        if (findings.SessionId != session.Id.ToString() || findings.RegistrarIin != me.Iin)
        {
            return Outcome<RegistrarVerdictView>.Refused(400, "The verdict findings are for another session or registrar.");
        }

        // The findings must be the ones this platform prepares for this session's current state at their time.
        var heldAt = findings.HeldAt.ToDateTimeOffset();
        var checklist = new VerdictChecklist(findings.SignaturesConfirmed, findings.CapacityConfirmed, findings.FreeWillConfirmed,
            !session.TenantMarried || findings.Participants.Any(p => p.Role == Kadastr.Protocol.V1.PartyRole.Spouse), remark);
        var expected = Prepare(session, me, checklist, heldAt);
        if (!expected.Succeeded) return Outcome<RegistrarVerdictView>.Refused(expected.Status, expected.Error!);
        if (!expected.Value!.Findings.AsSpan().SequenceEqual(bytes))
        {
            return Outcome<RegistrarVerdictView>.Refused(400, "The verdict findings do not match the session (participants or log changed); prepare them again.");
        }

        var now = time.GetUtcNow();
        if (heldAt > now.AddMinutes(1) || heldAt < now.AddMinutes(-options.Value.VerdictDraftLifetimeMinutes))
        {
            return Outcome<RegistrarVerdictView>.Refused(400, "The verdict findings expired; prepare them again.");
        }

        // A.21: signed with the registrar's own signing key, issued to the State Corporation, over exactly these findings; the
        // ledger gets hashes, an HMAC'd signer reference and (for the verdict) the certificate's fingerprint (A.39).
        var step = new SignedStep(RecordKind.RegistrarVerdict, new LedgerSubject(session.SubjectId), bytes, LedgerRole,
            Name: "registrar's signature over the verdict findings", CertificateOnLedger: true);
        var verified = acceptance.Verify(bytes, RequiredSigner.StaffOf(me.Iin, acceptance.Options.RegistrarBin,
            "The registrar's signature over the verdict findings was not accepted: the certificate is not the State Corporation's."), cms, step.Name);
        if (!verified.Succeeded) return Outcome<RegistrarVerdictView>.Refused(400, verified.Error!);
        if (verified.Value!.Certificate is null) return Outcome<RegistrarVerdictView>.Refused(400, "The signature does not carry its certificate.");
        var signed = await acceptance.RecordAsync(step, me.Iin, cms, verified.Value, now, ct);
        var draft = expected.Value;
        var verdict = new RegistrarVerdict
        {
            Id = Guid.NewGuid(), SessionId = session.Id, RegistrarAccountId = me.AccountId,
            SignaturesAuthentic = draft.Checklist.SignaturesAuthentic, LegalCapacity = draft.Checklist.LegalCapacity,
            FreeWill = draft.Checklist.FreeWill, SpousesPresent = draft.Checklist.SpousesPresent, Confirmed = draft.Confirmed,
            Remark = draft.Checklist.Remark ?? "", Document = bytes, Signature = cms,
            CertificateFingerprint = signed.Receipt.CertificateSha256!, RecordedAt = now,
            ReceiptId = signed.Receipt.Id,
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
            return Outcome<RegistrarVerdictView>.Refused(409, "A verdict was already recorded for this session.");
        }

        // A.21, A.30: the one signature goes with the application(s) the session serves; a failure here is retried when they next advance.
        foreach (var handler in handlers)
        {
            try
            {
                await handler.OnRecordedAsync(session, verdict, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The verdict of session {Session} was recorded but {Handler} failed; it is attached when the application next advances",
                    session.Id, handler.GetType().Name);
            }
        }

        metrics.VideoSession("verdict");
        return Outcome<RegistrarVerdictView>.Ok(RegistrarVerdictView.From(session, verdict, signed.Receipt));
    }

    private static (int Status, string Error)? Refusal(VideoSession session, VideoSessionParticipant me)
    {
        if (me.Role != ParticipantRole.Registrar) return (403, "Only the session's registrar records the verdict.");
        if (session.Verdict is not null) return (409, "A verdict was already recorded for this session.");
        return null;
    }
}
