using System.Security.Cryptography;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// Moves an application forward (A.22, A.26, A.31, A.35): submits it through the gateway's outbox once it is complete
/// (or when KTK files it early), sends <c>ConfirmPayment</c> once the fee is paid, and after an art. 27 suspension
/// resumes it — by the fee confirmation for ART27_FEE_NOT_CONFIRMED (the cadastre resumes the same application), or
/// by resubmitting the completed application under a new attempt id for the other grounds (the cadastre keeps a
/// submitted id's content immutable). Before deciding, it attaches the registrar's latest verdict for the application's
/// session subject (A.21, A.30: the one signature recorded in the video room; also for an application formed after it).
/// </summary>
public sealed class RegistrationWorkflow(PlatformDbContext db, CadastreConnection cadastre, DeadlineCalculator deadlines, TimeProvider time,
    RegistrationGate gate, RegistrarVerdicts verdicts, ILogger<RegistrationWorkflow> log)
{
    /// <summary>The cadastre id of an attempt.</summary>
    public static string CadastreIdFor(Guid id, int attempt) => attempt <= 1 ? $"rto-{id:N}" : $"rto-{id:N}-{attempt}";

    /// <summary>The platform id inside a cadastre id, or null.</summary>
    public static Guid? ParseCadastreId(string cadastreId) =>
        cadastreId.StartsWith("rto-", StringComparison.Ordinal) && cadastreId.Length >= 36 && Guid.TryParseExact(cadastreId.Substring(4, 32), "N", out var id) ? id : null;

    /// <summary>What the application still lacks before it is complete (empty: ready to submit).</summary>
    public static IReadOnlyList<string> Missing(RegistrationApplication app)
    {
        var missing = new List<string>();
        // Seed 000: a court-ordered termination needs neither the tenant's consent nor an A.30 session (see CourtOrderedTermination).
        if (app.ConsentId is null && !app.IsCourtOrdered) missing.Add("consent");
        if (app.FormCms is null) missing.Add("signature");
        // A.22: the lease application is certified by KTK's authorised person as well.
        if (app.NeedsKtkCertification && app.KtkFormCms is null) missing.Add("ktk-signature");
        if (app.VerdictCms is null && !app.IsCourtOrdered) missing.Add("verdict");
        if (app.FeePaidAt is null) missing.Add("fee");
        return missing;
    }

    /// <summary>Takes the next step the application allows, if any.</summary>
    public async Task AdvanceAsync(Guid id, CancellationToken ct)
    {
        await gate.RunAsync(() => AdvanceLockedAsync(id, ct), ct);
    }

    private async Task<RegistrationApplication?> LoadFreshAsync(Guid id, CancellationToken ct)
    {
        // Another scope may have moved it: a query returns an already tracked instance as it was, so only that one is
        // reloaded (issue 17: an untracked one comes fresh from the query; reloading it was a second read of every column).
        var tracked = RegistrationTracking.IsTracked(db, id);
        var app = await db.Set<RegistrationApplication>().Include(a => a.BasisSignatures).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app is not null && tracked) await db.Entry(app).ReloadAsync(ct);
        return app;
    }

    private async Task AdvanceLockedAsync(Guid id, CancellationToken ct)
    {
        var app = await LoadFreshAsync(id, ct);
        if (app is null || app.IsFinal) return;
        await AttachRecordedVerdictAsync(app, ct);
        switch (app.Status)
        {
            case RegistrationStatus.Preparing when Missing(app).Count == 0:
                // Issue 16 §5: not filed once the tenant's consent is withdrawn (the steps refuse; this catches a late withdrawal).
                if (app.ConsentId is { } consent && !app.IsCourtOrdered && await db.Consents.AnyAsync(c => c.Id == consent && c.RevokedAt != null, ct)) break;
                await SubmitAsync(app, ct);
                break;
            case RegistrationStatus.Suspended when app.ReasonCode == "ART27_FEE_NOT_CONFIRMED":
                if (app.FeePaidAt is not null) await ConfirmFeeAsync(app, ct);
                break;
            case RegistrationStatus.Suspended when app.ReasonCode is "ART27_VIDEO_SESSION_MISSING" or "ART27_SPOUSE_NOT_PARTICIPATING" or "ART27_DOCUMENTS_INCOMPLETE":
                // Completed since it was submitted (a new verdict, a signature): resubmit under a new attempt.
                if (await ChangedSinceSubmissionAsync(app, ct)) await SubmitAsync(app, ct);
                else if (app.FeePaidAt is not null && app.FeeConfirmedToCadastreAt is null) await ConfirmFeeAsync(app, ct);
                break;
            case RegistrationStatus.Submitted or RegistrationStatus.Received or RegistrationStatus.UnderReview or RegistrationStatus.Suspended:
                if (app.FeePaidAt is not null && app.FeeConfirmedToCadastreAt is null) await ConfirmFeeAsync(app, ct);
                break;
        }
    }

    /// <summary>
    /// KTK files the application now, before the verdict if need be (the cadastre then suspends it, art. 27); but never
    /// before it is signed by its applicants and the fee is confirmed (A.22, A.31).
    /// </summary>
    public async Task<Outcome> SubmitNowAsync(Guid id, CancellationToken ct)
    {
        return await gate.RunAsync(() => SubmitNowLockedAsync(id, ct), ct);
    }

    private async Task<Outcome> SubmitNowLockedAsync(Guid id, CancellationToken ct)
    {
        var app = await LoadFreshAsync(id, ct);
        if (app is null) return Outcome.Refused(404, "registration.refused.no_application");
        await AttachRecordedVerdictAsync(app, ct);
        if (app.Status != RegistrationStatus.Preparing && !(app.Status == RegistrationStatus.Suspended && await ChangedSinceSubmissionAsync(app, ct)))
        {
            return Outcome.Refused(409, "registration.refused.not_fileable", new Outcome.Text("registration.status." + RegistrationStatusNames.Of(app)));
        }

        if (app.FormCms is null) return Outcome.Refused(409, "registration.refused.form_unsigned");
        if (app.NeedsKtkCertification && app.KtkFormCms is null)
        {
            return Outcome.Refused(409, "registration.refused.not_certified");
        }

        if (app.FeePaidAt is null)
        {
            return Outcome.Refused(409, "registration.refused.fee_unconfirmed");
        }

        await SubmitAsync(app, ct);
        return Outcome.Ok;
    }

    /// <summary>
    /// Retries what a crash or an unreachable cadastre left undone: submissions missing from the outbox, fee confirmations,
    /// and complete applications never filed (a crash between the step that completed one and its filing).
    /// </summary>
    public async Task RetryPendingAsync(CancellationToken ct)
    {
        var open = await db.Set<RegistrationApplication>().Where(a => (a.CadastreId != null
                && a.Status != RegistrationStatus.Registered && a.Status != RegistrationStatus.Refused && a.Status != RegistrationStatus.Preparing)
                || (a.Status == RegistrationStatus.Preparing && a.FeePaidAt != null && a.FormCms != null))
            .Select(a => a.Id).ToListAsync(ct);
        foreach (var id in open)
        {
            await gate.RunAsync(async () =>
            {
                var app = await LoadFreshAsync(id, ct);
                if (app is { Status: RegistrationStatus.Submitted } && cadastre.Gateway.Find(app.CadastreId!) is null)
                {
                    cadastre.Gateway.Submit(await MapAsync(app, ct));
                }
            }, ct);

            await AdvanceAsync(id, ct);
        }
    }

    /// <summary>
    /// A.21, A.30: while the application can still change (preparing, or suspended), it carries the latest verdict recorded
    /// for its session subject — the findings and the registrar's one CMS over them, as signed in the room. Saved here,
    /// under the gate the caller holds, so no decision reads the findings without their signature.
    /// </summary>
    private async Task AttachRecordedVerdictAsync(RegistrationApplication app, CancellationToken ct)
    {
        if (app.IsCourtOrdered || app.Status is not (RegistrationStatus.Preparing or RegistrationStatus.Suspended)) return;
        var (subject, kind) = RegistrationSteps.VerdictSubject(app);
        if (await verdicts.FindAsync(subject, kind, ct) is not { } verdict || app.VerdictSessionId == verdict.SessionId) return;
        app.VerdictFindings = Convert.FromBase64String(verdict.DocumentBase64);
        app.VerdictCms = Convert.FromBase64String(verdict.SignatureBase64);
        app.VerdictSessionId = verdict.SessionId;
        db.Add(PlatformEvent(app.Id, "VerdictAttached", null, verdict.ReceiptId));
        await db.SaveChangesAsync(ct);
        log.LogInformation("Registration {Id} carries the verdict of video session {Session}", app.Id, verdict.SessionId);
    }

    /// <summary>The cadastre <c>Application</c> for the application's current attempt.</summary>
    public async Task<Application> MapAsync(RegistrationApplication app, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == app.LeaseId, ct);
        // A.21, A.30: KTK's representative in the deal is the one who took part in the session whose verdict is attached
        // (the cadastre checks the findings' participants against the parties); before that, the officer who formed it.
        var representative = app.VerdictSessionId is { } vs
            ? await db.Set<VideoSessions.Model.VideoSessionParticipant>().AsNoTracking()
                .Where(p => p.SessionId == vs && p.Role == VideoSessions.Model.ParticipantRole.KtkRepresentative).Select(p => p.Iin).FirstOrDefaultAsync(ct)
            : null;
        var officerIin = representative
            ?? await db.Users.AsNoTracking().Where(u => u.Id == app.OfficerAccountId).Select(u => u.Iin).SingleOrDefaultAsync(ct);
        var headIin = app.Kind == RegistrationKind.EncumbranceTermination && app.FormSignerIin is not null ? app.FormSignerIin
            : await db.ContractSignatures.AsNoTracking().Where(s => s.LeaseId == lease.Id && s.Role == "ktk-head").Select(s => s.SignerIin).FirstOrDefaultAsync(ct);
        string? related = null;
        if (app.RelatedRegistrationId is { } rid)
        {
            related = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => a.Id == rid).Select(a => a.CadastreId).SingleOrDefaultAsync(ct)
                ?? CadastreIdFor(rid, 1);
        }

        var subjects = new List<string>
        {
            LedgerSubjects.For("registration", app.Id),
            LedgerSubjects.For("contract", lease.Id),
        };
        if (app.ConsentId is { } consent) subjects.Add(LedgerSubjects.For("consent", consent));
        var receipts = await db.LedgerReceipts.AsNoTracking()
            .Where(r => subjects.Contains(r.SubjectId) && r.Kind != nameof(LedgerAdapter.Records.RecordKind.RegistrarVerdict)
                && r.Kind != nameof(LedgerAdapter.Records.RecordKind.RegistrationResult)).ToListAsync(ct);
        if (app.VerdictSessionId is { } session
            && await db.Set<VideoSessions.Model.RegistrarVerdict>().AsNoTracking().Where(v => v.SessionId == session).Select(v => (Guid?)v.ReceiptId)
                .SingleOrDefaultAsync(ct) is { } verdictReceipt
            && await db.ReceiptAsync(verdictReceipt, ct) is { } receipt)
        {
            // A.21: the receipt of the registrar's one signature (the RegistrarVerdict record over the findings), through its link.
            receipts.Add(receipt);
        }
        return ApplicationMapper.Map(app, lease, officerIin, headIin, related, receipts);
    }

    private async Task SubmitAsync(RegistrationApplication app, CancellationToken ct)
    {
        app.Attempt++;
        app.CadastreId = CadastreIdFor(app.Id, app.Attempt);
        var proto = await MapAsync(app, ct);
        app.SubmittedSha256 = Convert.ToHexStringLower(SHA256.HashData(Content(proto)));
        app.Status = RegistrationStatus.Submitted;
        app.SubmittedAt = time.GetUtcNow();
        app.LastSequence = 0;
        app.ReasonCode = app.LegalBasis = app.ReasonKk = app.ReasonRu = null;
        app.FeeConfirmedToCadastreAt = null;
        db.Add(PlatformEvent(app.Id, "Submitted", $"attempt {app.Attempt}"));
        await db.SaveChangesAsync(ct); // durable first; RetryPendingAsync re-enqueues if the outbox never got it
        cadastre.Gateway.Submit(proto);
        log.LogInformation("Registration {Id} submitted to the cadastre as {CadastreId}", app.Id, app.CadastreId);
    }

    private async Task<bool> ChangedSinceSubmissionAsync(RegistrationApplication app, CancellationToken ct)
    {
        if (app.SubmittedSha256 is null || app.CadastreId is null) return true;
        var now = await MapAsync(app, ct);
        return Convert.ToHexStringLower(SHA256.HashData(Content(now))) != app.SubmittedSha256;
    }

    private static byte[] Content(Application a)
    {
        // What the applicant controls, without the attempt id and the payment (the fee is confirmed separately).
        var c = a.Clone();
        c.Id = "";
        c.Payment = null;
        var docs = c.Documents.Where(d => d.Kind != DocumentKind.PaymentDocument).ToList();
        c.Documents.Clear();
        c.Documents.AddRange(docs);
        return c.ToByteArray();
    }

    private async Task ConfirmFeeAsync(RegistrationApplication app, CancellationToken ct)
    {
        if (app.CadastreId is null || cadastre.Gateway.Find(app.CadastreId)?.State is not (OutboxState.Sent or OutboxState.Done)) return;
        try
        {
            // A.22: the fee confirmation reaches the cadastre (idempotent there).
            await cadastre.Client.ConfirmPaymentAsync(new ConfirmPaymentRequest
            {
                ApplicationId = app.CadastreId,
                Payment = new PaymentInfo
                {
                    PaymentReference = app.PaymentReference ?? "", AmountTiyn = app.FeeTiyn,
                    PaidAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(app.FeePaidAt!.Value),
                },
            }, cadastre.Call(ct));
        }
        catch (Exception e) when (e is Grpc.Core.RpcException or HttpRequestException or TimeoutException)
        {
            log.LogWarning("ConfirmPayment for {CadastreId} failed ({Detail}); it will be retried", app.CadastreId, e.Message);
            return;
        }

        var now = time.GetUtcNow();
        app.FeeConfirmedToCadastreAt = now;
        // A.38: the registration is due within one working day of the fee confirmation.
        app.DecisionDueAt ??= deadlines.For(LegalDeadline.RegistrationService, now).DueAt;
        db.Add(PlatformEvent(app.Id, "FeeConfirmedToCadastre", app.PaymentReference));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A platform step on the timeline.</summary>
    public RegistrationEvent PlatformEvent(Guid registrationId, string code, string? detail = null, Guid? receiptId = null) => new()
    {
        Id = Guid.NewGuid(), RegistrationId = registrationId, Kind = RegistrationEventKind.Platform, At = time.GetUtcNow(), Code = code,
        TextKk = detail, TextRu = detail, ReceiptId = receiptId,
    };
}
