using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Registration.Forms;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// The steps of an application (A.19–A.22, A.29–A.31): KTK forms it from the fully signed contract, the tenant gives
/// the ДҚБ consent and signs the application form (KTK's head for a termination), the fee is paid through the payment
/// provider. The registrar's verdict needs no step here: the one signature recorded in the video room is attached by the
/// workflow (<see cref="RegistrationVerdictHandler"/>, A.21, A.30). Each accepted signature is verified (NCA trust, signing key, the
/// signer's own IIN/BIN) and goes to the ledger with its receipt. Every step lets the application advance.
/// </summary>
public sealed class RegistrationSteps(
    PlatformDbContext db, RegistrationApplications applications, RegistrationWorkflow workflow, SignatureAcceptance acceptance,
    ConsentSigning consentSigning, ConsentForms consentForms, IPaymentProvider payments, RegistrationGate gate, Auditing.PersonalDataAudit audit,
    ConsentGate consentGate)
{
    /// <summary>
    /// Issue 16 §5: once the tenant's consent for this registration (A.20, A.29) is withdrawn or has expired, the steps that
    /// depend on it stop — the signature, the fee, the filing — refused with the date and audited. Null while it is live (or
    /// not given yet, or not needed: a court-ordered termination).
    /// </summary>
    public async Task<Outcome?> ConsentStoppedAsync(RegistrationApplication app, LeaseRecord lease, string actor, string action, CancellationToken ct) =>
        app.ConsentId is { } consent && !app.IsCourtOrdered
            ? await consentGate.RefusalForAsync(actor, lease.TenantIin, consent, action, $"registration/{app.Id}", actor == lease.TenantIin ? "consents.refused.whose.yours" : "consents.refused.whose.tenant", ct)
            : null;

    /// <summary>
    /// The application and its lease if <paramref name="user"/> may see it (the tenant or spouse of the lease, KTK, the registrar
    /// of a video session it serves); else null.
    /// </summary>
    public async Task<(RegistrationApplication App, LeaseRecord Lease)?> VisibleAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var app = await db.Set<RegistrationApplication>().Include(a => a.BasisSignatures).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app is null) return null;
        var lease = await db.Leases.AsNoTracking().Where(l => l.Id == app.LeaseId).Where(LeaseVisibility.VisibleTo(user.Principal, Viewers)).SingleOrDefaultAsync(ct);
        if (lease is null && (await RegistrarSessionsAsync(user, ct)) is { } sessions && Serves(app, sessions))
        {
            lease = await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == app.LeaseId, ct);
        }

        if (lease is null) return null;
        await AuditStaffReadAsync(user, lease.TenantIin, lease.SpouseIin, $"registration/{id}", ct);
        return (app, lease);
    }

    /// <summary>
    /// Whether <paramref name="user"/> may see the application — the same rule and audit entry as <see cref="VisibleAsync"/>,
    /// for reads that only need the answer (issue 17: no tracked application, no lease row with its contract PDF).
    /// </summary>
    public async Task<bool> CanSeeAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var app = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.LeaseId, a.VerdictSessionId }).SingleOrDefaultAsync(ct);
        if (app is null) return false;
        var parties = db.Leases.AsNoTracking().Where(l => l.Id == app.LeaseId);
        var lease = await parties.Where(LeaseVisibility.VisibleTo(user.Principal, Viewers)).Select(l => new { l.TenantIin, l.SpouseIin }).SingleOrDefaultAsync(ct);
        if (lease is null && (await RegistrarSessionsAsync(user, ct)) is { } sessions && Serves(app.Id, app.VerdictSessionId, sessions))
        {
            lease = await parties.Select(l => new { l.TenantIin, l.SpouseIin }).SingleOrDefaultAsync(ct);
        }

        if (lease is null) return false;
        await AuditStaffReadAsync(user, lease.TenantIin, lease.SpouseIin, $"registration/{id}", ct);
        return true;
    }

    // Issue 15 §2: every registration read by KTK staff or a registrar (not the lease's own parties) is in the audit log.
    private async Task AuditStaffReadAsync(CurrentUser user, string tenantIin, string? spouseIin, string resource, CancellationToken ct)
    {
        var iin = user.Iin;
        if (iin == tenantIin || iin == spouseIin) return;
        if (!user.IsKtkStaff && !user.IsIn(CabinetPolicies.Registrar)) return;
        await audit.RecordAsync(iin, spouseIin is null ? [tenantIin] : [tenantIin, spouseIin], "read:registration", resource, allowed: true, ct);
    }

    /// <summary>
    /// A registration is seen by the tenant and spouse of its lease and KTK staff; a registrar sees only the applications
    /// their own video sessions serve (issue 15: not every application).
    /// </summary>
    public const LeaseViewers Viewers = LeaseViewers.Tenant | LeaseViewers.Spouse | LeaseViewers.KtkStaff;

    /// <summary>The applications <paramref name="user"/> may see (tenant/spouse: their leases; staff: all; registrar: their sessions'), newest first.</summary>
    public async Task<List<RegistrationApplication>> ListAsync(CurrentUser user, CancellationToken ct)
    {
        var leases = db.Leases.Where(LeaseVisibility.VisibleTo(user.Principal, Viewers)).Select(l => l.Id);
        var list = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => leases.Contains(a.LeaseId)).ToListAsync(ct);
        if (await RegistrarSessionsAsync(user, ct) is { Count: > 0 } sessions)
        {
            var subjects = sessions.Select(s => Guid.TryParse(s.SubjectId, out var g) ? g : Guid.Empty).ToList();
            var sessionIds = sessions.Select(s => s.Id).ToList();
            var known = list.Select(a => a.Id).ToHashSet();
            list.AddRange((await db.Set<RegistrationApplication>().AsNoTracking()
                .Where(a => subjects.Contains(a.Id) || (a.VerdictSessionId != null && sessionIds.Contains(a.VerdictSessionId.Value))).ToListAsync(ct))
                .Where(a => !known.Contains(a.Id)));
        }

        list = list.OrderByDescending(a => a.CreatedAt).ToList();
        var iin = user.Iin;
        if (list.Count > 0 && (user.IsKtkStaff || user.IsIn(CabinetPolicies.Registrar)))
        {
            var ids = list.Select(a => a.LeaseId).Distinct().ToList();
            var parties = await db.Leases.AsNoTracking().Where(l => ids.Contains(l.Id) && l.TenantIin != iin && l.SpouseIin != iin).Select(l => l.TenantIin).ToListAsync(ct);
            if (parties.Count > 0) await audit.RecordAsync(iin, parties, "read:registrations", "registrations", allowed: true, ct);
        }

        return list;
    }

    // The sessions in which the caller is the registrar (null when the caller is no registrar).
    private async Task<List<(Guid Id, string SubjectId)>?> RegistrarSessionsAsync(CurrentUser user, CancellationToken ct)
    {
        if (!user.IsIn(CabinetPolicies.Registrar)) return null;
        var me = user.AccountId;
        return (await db.Set<VideoSession>().AsNoTracking()
            .Where(s => s.Participants.Any(p => p.AccountId == me && p.Role == ParticipantRole.Registrar))
            .Select(s => new { s.Id, s.SubjectId }).ToListAsync(ct)).Select(s => (s.Id, s.SubjectId)).ToList();
    }

    private static bool Serves(RegistrationApplication app, List<(Guid Id, string SubjectId)> sessions) => Serves(app.Id, app.VerdictSessionId, sessions);

    private static bool Serves(Guid id, Guid? verdictSessionId, List<(Guid Id, string SubjectId)> sessions) =>
        sessions.Any(s => s.SubjectId == id.ToString() || s.Id == verdictSessionId);

    /// <summary>A.19: KTK forms the lease-encumbrance application from a contract signed by every party, the head last.</summary>
    public async Task<(Outcome Result, Guid? Id)> FormFromLeaseAsync(Guid leaseId, Guid officerAccountId, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().Include(l => l.Guarantors).SingleOrDefaultAsync(l => l.Id == leaseId, ct);
        if (lease?.ContractPdf is null) return (Outcome.Refused(404, "registration.refused.no_lease"), null);
        var signatures = await db.ContractSignatures.AsNoTracking().Where(s => s.LeaseId == leaseId).OrderBy(s => s.Step).ToListAsync(ct);
        if (signatures.Count < ContractSigners.Count(lease) || signatures.All(s => s.Role != "ktk-head"))
        {
            return (Outcome.Refused(409, "registration.refused.contract_unsigned", signatures.Count, ContractSigners.Count(lease)), null);
        }

        var basis = new BasisDocument(BasisDocumentKind.LeaseContract, $"Шарт / Договор {lease.Number}", lease.ContractPdf,
            signatures.Select(s => s.Role switch
            {
                "tenant" => new BasisSignature(s.Cms, BasisSignerRole.Tenant, s.SignerIin),
                "spouse" => new BasisSignature(s.Cms, BasisSignerRole.Spouse, s.SignerIin),
                "guarantor" => new BasisSignature(s.Cms, BasisSignerRole.Guarantor, s.SignerIin),
                // The head signs for KTK: the cadastre checks the certificate's BIN (A.19).
                "ktk-head" => new BasisSignature(s.Cms, BasisSignerRole.Ktk, lease.LessorBin),
                _ => throw new InvalidOperationException($"The contract has a signature of unknown role '{s.Role}'."),
            }).ToList());
        var id = await applications.StartAsync(new RegistrationStart(leaseId, RegistrationKind.LeaseEncumbrance, basis, null, officerAccountId), ct);
        return (Outcome.Ok, id);
    }

    /// <summary>The consent form the tenant signs (A.20), in <paramref name="language"/>; its form number is drawn on first use.</summary>
    public async Task<byte[]> ConsentFormAsync(RegistrationApplication app, LeaseRecord lease, string language, CancellationToken ct)
    {
        if (app.ConsentSalt is null)
        {
            // Drawn once: of two concurrent first views, the first write wins and both read it back.
            var salt = Consents.ConsentForm.NewSalt();
            await db.Set<RegistrationApplication>().Where(a => a.Id == app.Id && a.ConsentSalt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ConsentSalt, salt), ct);
            app.ConsentSalt = await db.Set<RegistrationApplication>().Where(a => a.Id == app.Id).Select(a => a.ConsentSalt).SingleAsync(ct);
        }

        return RegistrationConsentForm.Bytes(language, lease.TenantName, lease.TenantIin, consentForms.Parties, app.ConsentSalt!, app.Id, lease.Flat.CadastralNumber);
    }

    /// <summary>A.20, A.29: the tenant's ДҚБ consent for this registration.</summary>
    public async Task<Outcome> GiveConsentAsync(RegistrationApplication app, LeaseRecord lease, string iin, string? language, byte[] cms, CancellationToken ct)
    {
        if (iin != lease.TenantIin) return Outcome.Refused(403, "registration.refused.consent_by_tenant");
        if (app.IsCourtOrdered) return Outcome.Refused(409, "registration.refused.court_no_consent");
        if (!Languages.IsSupportedCode(language)) return Outcome.Refused(400, "registration.refused.form_language", language);
        if (app.ConsentSalt is null) return Outcome.Refused(409, "registration.refused.consent_form_first");
        var form = await ConsentFormAsync(app, lease, language!, ct);
        // After a withdrawal (or expiry) the tenant may give the consent again; a live one is not given twice — unless it
        // is the same signature resent after a lost answer, which the acceptance answers as the first time (issue 17 §3).
        var given = await consentSigning.GiveAsync(iin,
            new SignedConsentForm(RegistrationConsentForm.Purpose, $"{RegistrationConsentForm.Version}/{language}", form, app.ConsentSalt, cms), ct,
            given: async c => app.ConsentId is { } earlier && await consentGate.IsLiveAsync(earlier, c) ? Outcome.Refused(409, "registration.refused.consent_given") : Closed(app));
        if (!given.Succeeded) return given.AsOutcome();
        var (consent, receipt) = given.Value;
        if (app.ConsentId == consent.Id) return Outcome.Ok;
        app.ConsentId = consent.Id;
        db.Add(workflow.PlatformEvent(app.Id, "ConsentGiven", null, receipt.Id));
        await gate.SaveAsync(db, ct);
        await workflow.AdvanceAsync(app.Id, ct);
        return Outcome.Ok;
    }

    /// <summary>A.20, A.31: the applicant signs the application form — the tenant, or KTK's head for a termination.</summary>
    public async Task<Outcome> SignFormAsync(RegistrationApplication app, LeaseRecord lease, string iin, byte[] cms, CancellationToken ct)
    {
        var byKtk = app.Kind == RegistrationKind.EncumbranceTermination;
        if (!byKtk && iin != lease.TenantIin) return Outcome.Refused(403, "registration.refused.tenant_signs");
        if (!byKtk && app.ConsentId is null) return Outcome.Refused(409, "registration.refused.consent_first");
        if (await ConsentStoppedAsync(app, lease, iin, "sign:registration", ct) is { } stopped) return stopped;
        // A.20, A.31: the form document, signed by the tenant — or by KTK's head (KTK BIN and head role) for a termination.
        var what = new SignedStep(RecordKind.ApplicationSigned, LedgerSubject.Registration(app.Id), app.FormDocument, byKtk ? "ktk-head" : "tenant");
        var who = byKtk
            ? RequiredSigner.KtkHead(iin, lease.LessorBin, "registration.refused.termination_needs_head")
            : RequiredSigner.Person(iin);
        // Signed already: refused after this very signature resent is answered Ok (issue 17 §3).
        // A closed application refuses only after the replay step: the answer lost before it closed is still given.
        var signedAlready = app.FormCms is not null ? Outcome.Refused(409, "registration.refused.signed") : Closed(app);
        return await acceptance.AcceptAsync(what, who, cms, _ => Task.FromResult(signedAlready), async (signed, c) =>
        {
            app.FormCms = cms;
            app.FormReceiptId = signed.Receipt.Id;
            app.FormSigner = byKtk ? lease.LessorBin : iin;
            app.FormSignerIin = iin;
            app.FormSignedAt = signed.SignedAt;
            db.Add(workflow.PlatformEvent(app.Id, "FormSigned", byKtk ? "KTK" : null, signed.Receipt.Id));
            await gate.SaveAsync(db, c);
            await workflow.AdvanceAsync(app.Id, c);
            return Outcome.Ok;
        }, ct);
    }

    /// <summary>
    /// A.22: KTK's authorised person certifies the lease application form the tenant signed, with an EDS carrying KTK's BIN,
    /// through the one signing pipeline; the application is filed only with both signatures (and the fee).
    /// </summary>
    public async Task<Outcome> CertifyFormAsync(RegistrationApplication app, LeaseRecord lease, string iin, byte[] cms, CancellationToken ct)
    {
        if (!app.NeedsKtkCertification) return Outcome.Refused(409, "registration.refused.no_certification");
        if (app.FormCms is null) return Outcome.Refused(409, "registration.refused.tenant_first");
        var what = new SignedStep(RecordKind.ApplicationSigned, LedgerSubject.Registration(app.Id), app.FormDocument, "ktk-authorised",
            ClaimKey: $"registration:{app.Id}:ktk-certification", Name: "signing.name.ktk_certification");
        var who = RequiredSigner.KtkAuthorised(iin, lease.LessorBin,
            "registration.refused.needs_ktk_authorised");
        // A.22: one certification (a concurrent second one loses the claim and is told so; this very one resent: Ok).
        // Certified already wins over "closed": the application may have been registered meanwhile.
        var certified = app.KtkFormCms is not null ? Outcome.Refused(409, "registration.refused.certified") : Closed(app);
        return await acceptance.AcceptAsync(what, who, cms, _ => Task.FromResult(certified), async (signed, c) =>
        {
            app.KtkFormCms = cms;
            app.KtkFormReceiptId = signed.Receipt.Id;
            app.KtkFormSignerIin = iin;
            app.KtkFormSignedAt = signed.SignedAt;
            db.Add(workflow.PlatformEvent(app.Id, "FormCertifiedByKtk", null, signed.Receipt.Id));
            await gate.SaveAsync(db, c);
            await workflow.AdvanceAsync(app.Id, c);
            return Outcome.Ok;
        }, ct);
    }

    /// <summary>The session subject and kind whose verdict serves this application (A.30: one session for the termination–ownership pair, on the termination's id).</summary>
    public static (string Subject, VideoSessionKind Kind) VerdictSubject(RegistrationApplication app) => app.Kind switch
    {
        RegistrationKind.LeaseEncumbrance => (app.Id.ToString(), VideoSessionKind.Registration),
        RegistrationKind.EncumbranceTermination => (app.Id.ToString(), VideoSessionKind.TerminationAndOwnership),
        _ => ((app.RelatedRegistrationId ?? app.Id).ToString(), VideoSessionKind.TerminationAndOwnership),
    };

    /// <summary>A.22, A.31: orders the state fee from the payment provider (the tenant pays; KTK for a termination).</summary>
    public async Task<(Outcome Result, PaymentIntent? Intent)> OrderFeeAsync(RegistrationApplication app, LeaseRecord lease, CurrentUser user, CancellationToken ct)
    {
        if (Closed(app) is { } closed) return (closed, null);
        if (app.FeePaidAt is not null) return (Outcome.Refused(409, "registration.refused.fee_paid"), null);
        var iin = user.Iin;
        var ktkPays = app.Kind == RegistrationKind.EncumbranceTermination;
        var allowed = ktkPays ? user.IsKtkStaff : iin == lease.TenantIin;
        if (!allowed) return (Outcome.Refused(403, ktkPays ? "registration.refused.fee_by_ktk" : "registration.refused.fee_by_tenant"), null);
        if (await ConsentStoppedAsync(app, lease, iin, "pay:registration-fee", ct) is { } stopped) return (stopped, null);
        var account = user.AccountId;
        var intent = await payments.CreateAsync(new PaymentOrder(lease.Id, PaymentPurpose.RegistrationFee, app.Id.ToString(), app.FeeTiyn, account,
            $"Тіркеу алымы / Госпошлина за регистрацию ({app.Kind}, {lease.Flat.CadastralNumber})"), ct);
        app.PaymentId = intent.PaymentId;
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, intent);
    }

    /// <summary>A.22: the provider confirmed the fee: the payment document is attached and the application advances (ConfirmPayment / submission).</summary>
    public async Task OnFeeConfirmedAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        if (!Guid.TryParse(payment.Order.SubjectId, out var id)) return;
        var app = await db.Set<RegistrationApplication>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app is null) return;
        if (app.FeePaidAt is not null)
        {
            // Idempotent; a run retried after a crash between the save and the filing still files it (issue 17 §3).
            await workflow.AdvanceAsync(app.Id, ct);
            return;
        }
        if (payment.Order.AmountTiyn != app.FeeTiyn) throw new InvalidOperationException($"The fee paid ({payment.Order.AmountTiyn}) is not the application's fee ({app.FeeTiyn}).");
        app.PaymentId = payment.PaymentId;
        app.PaymentReference = payment.ProviderReference;
        app.FeePaidAt = payment.PaidAt;
        app.PaymentDocument = payment.PaymentDocument;
        db.Add(workflow.PlatformEvent(app.Id, "FeePaid", payment.ProviderReference));
        await gate.SaveAsync(db, ct);
        await workflow.AdvanceAsync(app.Id, ct);
    }

    private static Outcome? Closed(RegistrationApplication app) =>
        app.IsFinal ? Outcome.Refused(409, "registration.refused.final", new Outcome.Text("registration.status." + RegistrationStatusNames.Of(app))) : null;
}
