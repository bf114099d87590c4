using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Domain.Calendar;
using RentToOwn.Domain.Identity;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.8–A.11 for one tenant: the application is found by the tenant's own IIN (never by an id the browser
/// sends), so one tenant can never reach another's. Every refusal says why and changes nothing.
/// </summary>
public sealed class TenantApplications(PlatformDbContext db, DeadlineCalculator deadlines, GuarantorEligibility eligibility,
    IOptions<ApplicationOptions> options, IOptions<Contracts.ContractOffer> offer, Signing.EdsTrust trust, TimeProvider time)
{
    private string KtkBin => trust.Options.KtkBin;

    /// <summary>The tenant's application with documents (without bytes) and guarantors; null when none yet.</summary>
    public Task<TenantApplication?> FindAsync(string tenantIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Documents).Include(a => a.Guarantors)
            .SingleOrDefaultAsync(a => a.TenantIin == tenantIin, ct);

    /// <summary>The tenant's application, created as a draft on first use.</summary>
    public async Task<TenantApplication> GetOrCreateAsync(string tenantIin, CancellationToken ct)
    {
        var app = await FindAsync(tenantIin, ct);
        if (app is not null) return app;
        app = new TenantApplication { Id = Guid.NewGuid(), TenantIin = tenantIin, Status = ApplicationStatus.Draft, CreatedAt = time.GetUtcNow() };
        db.Applications.Add(app);
        await db.SaveChangesAsync(ct);
        return app;
    }

    /// <summary>A.8: saves the questionnaire of a draft.</summary>
    public async Task<Outcome> SaveAsync(string tenantIin, ApplicationForm form, CancellationToken ct)
    {
        var app = await GetOrCreateAsync(tenantIin, ct);
        if (app.Status != ApplicationStatus.Draft) return new("applications.refused.submitted_no_change");
        if (string.IsNullOrWhiteSpace(form.Employer) || string.IsNullOrWhiteSpace(form.Position)) return new("applications.refused.employer_needed");
        if (form.MonthlyIncome is <= 0 or > 100_000_000m) return new("applications.refused.income_positive");
        // A.15.2: the solvency check weighs expenses as well as income.
        if (form.MonthlyObligations is < 0 or > 100_000_000m) return new("applications.refused.obligations_range");
        if (form.MonthlyExpenses is < 0 or > 100_000_000m) return new("applications.refused.expenses_range");

        if (form.FamilyMembers is < 1 or > 30) return new("applications.refused.family_range");
        var others = form.FamilyMembers - 1 - (form.Married ? 1 : 0);
        if (form.Children < 0 || form.Children > Math.Max(0, others))
        {
            return new("applications.refused.children_exceed_family", form.FamilyMembers, form.Children);
        }
        string? spouse = null;
        if (form.Married)
        {
            if (!Iin.TryParse(form.SpouseIin?.Trim(), out var spouseIin, out var error)) return new("applications.refused.spouse_iin_invalid", error);
            if (spouseIin.Value == tenantIin) return new("applications.refused.spouse_iin_own");
            spouse = spouseIin.Value;
        }

        app.Employer = form.Employer.Trim();
        app.Position = form.Position.Trim();
        app.MonthlyIncomeTiyn = Money.FromTenge(form.MonthlyIncome).Tiyn;
        app.MonthlyObligationsTiyn = Money.FromTenge(form.MonthlyObligations).Tiyn;
        app.MonthlyExpensesTiyn = Money.FromTenge(form.MonthlyExpenses).Tiyn;
        app.FamilyMembers = form.FamilyMembers;
        app.Children = form.Children;
        app.PreviouslyMarried = form.PreviouslyMarried;
        app.Married = form.Married;
        app.SpouseIin = spouse;
        if (spouse is not null)
        {
            // The spouse gets a cabinet to sign the application and the contract.
            var account = await db.Users.SingleOrDefaultAsync(u => u.Iin == spouse, ct);
            if (account is null)
            {
                // No name yet (never the IIN, which the video room would show): the EDS login takes it from the certificate.
                db.Users.Add(new UserAccount { Id = Guid.NewGuid(), Iin = spouse, FullName = "", Roles = PlatformRoles.Spouse, CreatedAt = time.GetUtcNow() });
            }
            else
            {
                account.Roles |= PlatformRoles.Spouse;
            }
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>A.10: attaches a document after checking its type and size.</summary>
    public async Task<Outcome> AddDocumentAsync(string tenantIin, DocumentKind kind, string fileName, byte[] content, CancellationToken ct)
    {
        var app = await GetOrCreateAsync(tenantIin, ct);
        if (app.Status != ApplicationStatus.Draft) return new("applications.refused.submitted_no_documents");
        if (!Enum.IsDefined(kind)) return new("applications.refused.document_kind");
        if (DocumentRules.Check(fileName, content, options.Value.MaxDocumentBytes) is { } refused) return refused;
        db.ApplicationDocuments.Add(new ApplicationDocument
        {
            Id = Guid.NewGuid(), ApplicationId = app.Id, Kind = kind, FileName = Path.GetFileName(fileName),
            ContentType = DocumentRules.Detect(content)!, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content, UploadedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>One of the tenant's own documents (with bytes), or null — also for another tenant's document id.</summary>
    public Task<ApplicationDocument?> DocumentAsync(string tenantIin, Guid documentId, CancellationToken ct) =>
        (from d in db.ApplicationDocuments
         join a in db.Applications on d.ApplicationId equals a.Id
         where d.Id == documentId && a.TenantIin == tenantIin
         select d).AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>
    /// A.2.9, A.11: invites a legal entity (e.g. the employer) by BIN as guarantor. It has no age; it acts through its head,
    /// who logs in with a certificate of that BIN and the head role and signs with such a key (<see cref="GuarantorSignatures"/>).
    /// </summary>
    public async Task<Outcome> InviteOrganisationAsync(string tenantIin, string binText, CancellationToken ct)
    {
        var app = await GetOrCreateAsync(tenantIin, ct);
        var (requested, closed) = CanInvite(app);
        if (closed is not null) return closed;
        if (!Bin.TryParse(binText?.Trim(), out var bin, out var error)) return new("applications.refused.guarantor_bin_invalid", error);
        if (bin.Value == KtkBin) return new("applications.refused.ktk_own_guarantor");
        // Invited already: the same request resent (a lost answer, a reloaded form) changes nothing and succeeds (issue 17 §3).
        if (app.Guarantors.Any(g => g.GuarantorBin == bin.Value)) return Outcome.Ok;
        if (app.Guarantors.Count >= options.Value.MaxGuarantors) return new("applications.refused.too_many_guarantors", options.Value.MaxGuarantors);
        if (requested) ResetCoSignatures(app);
        db.GuarantorInvitations.Add(new GuarantorInvitation
        {
            Id = Guid.NewGuid(), ApplicationId = app.Id, Order = app.Guarantors.Count + 1, GuarantorBin = bin.Value, InvitedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    // A.11: guarantors are added to a draft, or after submission only when KTK's officer asked for one (the review waits).
    private static (bool Requested, Outcome? Closed) CanInvite(TenantApplication app)
    {
        var requested = app.Status == ApplicationStatus.Submitted && app.GuarantorRequestedAt is not null;
        return (requested, app.Status != ApplicationStatus.Draft && !requested
            ? new Outcome("applications.refused.submitted_no_guarantors") : null);
    }

    // A.12: the amended application (it now names another guarantor) is signed again by the spouse and earlier guarantors.
    private static void ResetCoSignatures(TenantApplication app)
    {
        (app.SpouseSignatureCms, app.SpouseSignedAt) = (null, null);
        foreach (var g in app.Guarantors) (g.SignatureCms, g.SignedAt) = (null, null);
    }

    /// <summary>A.11: invites a guarantor by IIN (A.2.9: 21 or older today, below retirement age until the term ends); the guarantor gets a cabinet.</summary>
    public async Task<Outcome> InviteGuarantorAsync(string tenantIin, string guarantorIinText, CancellationToken ct)
    {
        var app = await GetOrCreateAsync(tenantIin, ct);
        var (requested, closed) = CanInvite(app);
        if (closed is not null) return closed;
        if (!Iin.TryParse(guarantorIinText?.Trim(), out var iin, out var error)) return new("applications.refused.guarantor_iin_invalid", error);
        if (iin.Value == tenantIin) return new("applications.refused.own_guarantor");
        if (iin.Value == app.SpouseIin) return new("applications.refused.spouse_guarantor");
        if (app.Guarantors.Any(g => g.GuarantorIin == iin.Value)) return Outcome.Ok; // invited already: as for an organisation
        if (app.Guarantors.Count >= options.Value.MaxGuarantors) return new("applications.refused.too_many_guarantors", options.Value.MaxGuarantors);
        // A.2.9: under retirement age for the whole term of KTK's offer, not only today (as Leases/LeaseValidator checks the lease).
        var today = deadlines.Today;
        var verdict = eligibility.Evaluate(iin, today, today.AddMonths(Math.Max(1, offer.Value.TermMonths)));
        if (!verdict.Eligible) return new("applications.refused.not_eligible_guarantor", verdict.Reason);

        if (requested) ResetCoSignatures(app);

        db.GuarantorInvitations.Add(new GuarantorInvitation
        {
            Id = Guid.NewGuid(), ApplicationId = app.Id, Order = app.Guarantors.Count + 1, GuarantorIin = iin.Value, InvitedAt = time.GetUtcNow(),
        });
        var account = await db.Users.SingleOrDefaultAsync(u => u.Iin == iin.Value, ct);
        if (account is null)
        {
            // No name yet (never the IIN): the EDS login takes it from the certificate.
            db.Users.Add(new UserAccount { Id = Guid.NewGuid(), Iin = iin.Value, FullName = "", Roles = PlatformRoles.Guarantor, CreatedAt = time.GetUtcNow() });
        }
        else
        {
            account.Roles |= PlatformRoles.Guarantor;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>The A.10 documents every application needs; the others depend on the family's situation.</summary>
    public static readonly IReadOnlyList<DocumentKind> RequiredDocuments =
        [DocumentKind.EmploymentCertificate, DocumentKind.SalaryCertificate, DocumentKind.NoPropertyCertificate];

    /// <summary>
    /// A.7: the last day of the tenant's 15-calendar-day window, when it has passed (the latest list naming the tenant counts);
    /// null while it is open or when no list names the tenant.
    /// </summary>
    public async Task<DateOnly?> WindowClosedOnAsync(string tenantIin, CancellationToken ct)
    {
        var last = await db.RecipientListEntries.Where(e => e.Iin == tenantIin)
            .OrderByDescending(e => e.ApplicationDeadline).Select(e => (DateOnly?)e.ApplicationDeadline).FirstOrDefaultAsync(ct);
        return last is { } day && deadlines.Today > day ? day : null;
    }

    /// <summary>Submits: questionnaire complete, required documents attached; starts the A.13 15-day clock.</summary>
    public async Task<Outcome> SubmitAsync(string tenantIin, CancellationToken ct)
    {
        var app = await GetOrCreateAsync(tenantIin, ct);
        if (app.Status != ApplicationStatus.Draft) return new("applications.refused.submitted");
        if (await WindowClosedOnAsync(tenantIin, ct) is { } closed)
        {
            return Outcome.Refused(StatusCodes.Status409Conflict, "applications.refused.window_closed", closed);
        }

        if (app.MonthlyIncomeTiyn <= 0) return new("applications.refused.questionnaire_first");
        // A.10: the conditional documents too (no-marriage statement or marriage certificate, children, marital history).
        var missing = DocumentRules.RequiredFor(app).Where(k => app.Documents.All(d => d.Kind != k)).ToList();
        if (missing.Count > 0)
        {
            var text = Localization.UiText.Shared;
            return new("applications.refused.documents_missing", string.Join(", ", missing.Select(k => text["doc." + k])));
        }

        var now = time.GetUtcNow();
        // A.13: the application goes to the queue of the officer who uploaded this recipient's list (A.6).
        app.AssignedOfficerIin = await (from u in db.Users
                                        join l in db.RecipientLists on u.RecipientListId equals l.Id
                                        where u.Iin == tenantIin
                                        select l.ImportedByIin).FirstOrDefaultAsync(ct)
                                 ?? await db.RecipientListEntries.Where(e => e.Iin == tenantIin)
                                     .Join(db.RecipientLists, e => e.RecipientListId, l => l.Id, (e, l) => l.ImportedByIin)
                                     .FirstOrDefaultAsync(ct);
        app.Status = ApplicationStatus.Submitted;
        app.SubmittedAt = now;
        app.DecisionDeadline = deadlines.For(LegalDeadline.KtkDecision, now).DueOn; // A.13
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }
}
