using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Domain.Calendar;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>
/// A.14–A.15: the checks an officer sees in the review queue before deciding — EDS ownership, civil standing,
/// solvency (incomes and expenses), credit history, litigation, KTK affiliation, the terrorism/extremism financing list — for
/// the tenant, the spouse and each guarantor, and the questionnaire's employer, marital status and family against state data
/// (A.15.1). An Unavailable check blocks the approval until the checks run again or the officer overrides it with a reason. Every read of a person's data goes through <see cref="PersonalDataAccess"/>
/// (live consent required, each read audited); a source that does not answer makes the check Unavailable.
/// Results are stored with the application; the decision stays the officer's.
/// </summary>
public sealed class ReviewChecks(
    PlatformDbContext db, PersonalDataAccess access, IConsentService consents, SignatureVerifier signatures,
    ICreditBureau creditBureau, ICourtRecords courts, IAffiliateRegistry affiliates, IFinancingList financingList, IPersonRegistry persons,
    ICivilRegistry civil, IEmploymentRegistry employment, Auditing.PersonalDataAudit audit, IOptions<ReviewCheckOptions> options, IOptions<ContractOffer> offer,
    ContractSchedules schedules, DeadlineCalculator deadlines, TimeProvider time)
{
    /// <summary>The stored results of the latest run for an application, in display order.</summary>
    public async Task<IReadOnlyList<ReviewCheck>> LatestAsync(Guid applicationId, CancellationToken ct) =>
        LatestRun(await db.ReviewChecks.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct))
        .OrderBy(c => SubjectOrder(c.SubjectRole)).ThenBy(c => c.SubjectRole, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();

    /// <summary>The rows of the latest run among <paramref name="rows"/> (one run shares its check time); earlier runs are history.</summary>
    public static IEnumerable<ReviewCheck> LatestRun(IReadOnlyCollection<ReviewCheck> rows)
    {
        if (rows.Count == 0) return [];
        var last = rows.Max(c => c.CheckedAt);
        return rows.Where(c => c.CheckedAt == last);
    }

    /// <summary>A.15: the earlier runs of the checks (kept when they are run again), newest first.</summary>
    public async Task<IReadOnlyList<CheckRun>> HistoryAsync(Guid applicationId, CancellationToken ct)
    {
        var rows = await db.ReviewChecks.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var last = rows.Max(c => c.CheckedAt);
        return rows.Where(c => c.CheckedAt != last).GroupBy(c => c.CheckedAt).OrderByDescending(g => g.Key)
            .Select(g => new CheckRun(g.Key, g.First().CheckedByIin, g.Count(c => c.Outcome == CheckOutcome.Passed),
                g.Count(c => c.Outcome == CheckOutcome.Failed), g.Count(c => c.Outcome == CheckOutcome.Unavailable))).ToList();
    }

    /// <summary>
    /// Runs every check for the application in <paramref name="officerIin"/>'s queue; the earlier results stay as history;
    /// null when the application is not in that officer's queue.
    /// </summary>
    public async Task<IReadOnlyList<ReviewCheck>?> RunAsync(string officerIin, Guid applicationId, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).Include(a => a.Documents).AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return null;

        var subjects = new List<(string Role, string Iin)> { ("tenant", app.TenantIin) };
        if (app.Married && app.SpouseIin is { } spouse) subjects.Add(("spouse", spouse));
        // A.14: each guarantor; a legal entity (A.2.9) by its BIN, its data read under its acting head's consent.
        subjects.AddRange(app.Guarantors.OrderBy(g => g.Order).Select(g => ($"guarantor {g.Order}", g.GuarantorBin ?? g.GuarantorIin!)));

        // One run shares one check time; a run in the same instant as the previous one is stamped just after it.
        var now = time.GetUtcNow();
        var earlier = await db.ReviewChecks.Where(c => c.ApplicationId == app.Id).Select(c => c.CheckedAt).ToListAsync(ct);
        if (earlier.Count > 0 && earlier.Max() >= now) now = earlier.Max().AddMilliseconds(1);
        var results = new List<ReviewCheck>();
        foreach (var (role, iin) in subjects)
        {
            foreach (var kind in Enum.GetValues<CheckKind>())
            {
                if (kind == CheckKind.Solvency && role != "tenant") continue; // A.14: the applicant's declared income and expenses
                if (kind is CheckKind.Employment or CheckKind.MaritalStatus or CheckKind.FamilyComposition && role != "tenant") continue; // A.15.1: the questionnaire is the applicant's
                if (kind is CheckKind.CreditHistory or CheckKind.Litigation && role == "spouse") continue; // A.15: applicant and guarantors
                if (kind == CheckKind.CivilStanding && GuarantorOf(app, role)?.IsOrganisation == true) continue; // a legal entity has no civil standing
                var result = await RunOneAsync(officerIin, app, role, iin, kind, ct);
                results.Add(new ReviewCheck
                {
                    Id = Guid.NewGuid(), ApplicationId = app.Id, Kind = kind, SubjectRole = role, SubjectIin = iin, Outcome = result.Outcome,
                    ReasonKey = result.ReasonKey, ReasonArgs = string.Join('\u001f', result.Args), Source = SourceOf(kind),
                    CheckedByIin = officerIin, CheckedAt = now,
                });
            }
        }

        // A.15: re-running keeps the earlier results (history); the latest run is the one that counts.
        db.ReviewChecks.AddRange(results);
        await db.SaveChangesAsync(ct);
        return await LatestAsync(app.Id, ct);
    }

    /// <summary>
    /// A.15: the officer approves despite an Unavailable check of the latest run (a source is down) with a stated reason; the
    /// override is audited and becomes part of the signed approval. A later run replaces it (its results count instead).
    /// </summary>
    public async Task<Outcome> OverrideAsync(string officerIin, Guid applicationId, Guid checkId, string? reason, CancellationToken ct)
    {
        var app = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return Outcome.Refused(StatusCodes.Status404NotFound, "applications.refused.not_in_queue");
        if (app.Status != ApplicationStatus.Submitted) return new("applications.refused.not_awaiting_decision");
        var rows = await db.ReviewChecks.Where(c => c.ApplicationId == applicationId).ToListAsync(ct);
        var check = LatestRun(rows).SingleOrDefault(c => c.Id == checkId);
        if (check is null) return new("applications.refused.check_not_latest");
        if (check.Outcome != CheckOutcome.Unavailable) return new("applications.refused.check_not_unavailable");
        var text = string.Join(' ', (reason ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // Issue 17 §3: the same override resent (its answer lost) gets the first answer; another one is refused.
        if (check.OverriddenAt is not null)
        {
            return check.OverriddenByIin == officerIin && check.OverrideReason == text ? Outcome.Ok : Outcome.AlreadySigned("applications.refused.check_overridden");
        }

        if (text.Length == 0) return new("applications.refused.override_reason_needed");
        if (text.Length > 1000) return new("applications.refused.reason_too_long", 1000);
        (check.OverrideReason, check.OverriddenByIin, check.OverriddenAt) = (text, officerIin, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // Audited like every touch of a person's review (A.39).
        await audit.RecordAsync(officerIin, [check.SubjectIin], $"override:check:{check.Kind}", $"application/{applicationId}/check/{check.Id}", allowed: true, ct);
        return Outcome.Ok;
    }

    /// <summary>Where each check's answer comes from (shown to the officer).</summary>
    public static string SourceOf(CheckKind kind) => kind switch
    {
        CheckKind.EdsOwnership => "platform: EDS signatures + NCA trust",
        CheckKind.CivilStanding => "ЖТ МДБ (cadastre simulator state)",
        CheckKind.Solvency => "application A.8 + lease schedule",
        CheckKind.CreditHistory => "credit bureau (stand-in)",
        CheckKind.Litigation => "court records (stand-in)",
        CheckKind.Affiliation => "KTK affiliate list (stand-in)",
        CheckKind.Employment => "pension contributions (stand-in)",
        CheckKind.MaritalStatus or CheckKind.FamilyComposition => "АХАЖ АЖ (cadastre simulator state)",
        _ => "financing list (cadastre simulator state)",
    };

    private async Task<CheckResult> RunOneAsync(string officerIin, TenantApplication app, string role, string iin, CheckKind kind, CancellationToken ct)
    {
        // A.9: no personal data of a person without their live consent; every read (allowed or not) is audited. A legal
        // entity's data is read under its acting head's consent (none before a head has taken the invitation up).
        var consentOf = GuarantorOf(app, role) is { IsOrganisation: true } org ? org.GuarantorIin : iin;
        if (consentOf is null || !await access.TryReadAsync(officerIin, consentOf, $"check:{kind}", $"application/{app.Id}", ct))
        {
            return CheckResult.Unavailable("reason.noconsent");
        }

        try
        {
            return kind switch
            {
                CheckKind.EdsOwnership => await EdsOwnershipAsync(app, role, iin, ct),
                CheckKind.CivilStanding => await CivilStandingAsync(iin, ct),
                CheckKind.Solvency => await SolvencyAsync(officerIin, app, ct),
                CheckKind.CreditHistory => await CreditHistoryAsync(iin, ct),
                CheckKind.Litigation => await LitigationAsync(iin, ct),
                CheckKind.Affiliation => await affiliates.FindAsync(iin, ct) is { } a
                    ? CheckResult.Failed("affiliate.listed", a.Basis) : CheckResult.Passed("affiliate.none"),
                CheckKind.Employment => QuestionnaireChecks.Employer(app, await employment.CurrentEmployerAsync(iin, ct)),
                CheckKind.MaritalStatus => QuestionnaireChecks.MaritalStatus(app, await civil.StatusAsync(iin, ct)),
                CheckKind.FamilyComposition => QuestionnaireChecks.Family(app, await civil.StatusAsync(iin, ct), deadlines.Today),
                _ => await financingList.IsListedAsync(iin, ct) ? CheckResult.Failed("financing.listed") : CheckResult.Passed("financing.none"),
            };
        }
        catch (ReviewSourceUnavailableException ex)
        {
            return CheckResult.Unavailable("reason.source", ex.Message);
        }
    }

    /// <summary>A.14: re-verifies the person's stored signature with the IIN expected: the certificate must be theirs, valid and unrevoked.</summary>
    private async Task<CheckResult> EdsOwnershipAsync(TenantApplication app, string role, string iin, CancellationToken ct)
    {
        byte[]? cms;
        byte[] document;
        string what;
        ExpectedSigner? expected = null;
        if (role == "tenant")
        {
            // The tenant's EDS-signed A.9 consent, over the form bytes kept with it.
            var consent = await consents.LiveConsentAsync(iin, ConsentPurposes.Application, ct);
            cms = consent?.SignatureCms;
            document = consent?.SignedForm ?? []; // the exact bytes signed (they hold the form number, issue 15 §3)
            what = "consent A.9";
        }
        else if (GuarantorOf(app, role) is { } g)
        {
            // A.12, A.14: the guarantor's signature over their own text; a legal entity's by its head (that BIN, head role).
            cms = g.SignatureCms;
            document = GuarantorText.Bytes(app, g);
            what = "application A.12";
            if (g.IsOrganisation)
            {
                if (cms is null || g.GuarantorIin is null) return CheckResult.Unavailable("eds.notsigned");
                expected = new ExpectedSigner(Iin: Iin.Parse(g.GuarantorIin), Bin: Bin.Parse(g.GuarantorBin!), RoleOid: KzOids.RoleHead);
            }
        }
        else
        {
            cms = app.SpouseSignatureCms;
            document = ApplicationText.Bytes(app);
            what = "application A.12";
        }

        if (cms is null) return CheckResult.Unavailable("eds.notsigned");
        var report = signatures.Verify(document, cms, KeyPurpose.Signing, expected ?? new ExpectedSigner(Iin: Iin.Parse(iin)));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed) return CheckResult.Failed("eds.failed", what, sig is null ? "exactly one signature expected" : VerificationText.Of(sig));
        return CheckResult.Passed("eds.ok", what, sig.Signer?.CommonName ?? "", sig.Chain.FirstOrDefault()?.SerialHex ?? "");
    }

    private async Task<CheckResult> CivilStandingAsync(string iin, CancellationToken ct)
    {
        var person = await persons.FindAsync(iin, ct);
        if (person is null) return CheckResult.Failed("civil.notfound");
        if (!person.Alive) return CheckResult.Failed("civil.dead", person.Name);
        if (!person.LegalCapacity) return CheckResult.Failed("civil.incapable", person.Name);
        return CheckResult.Passed("civil.ok", person.Name);
    }

    /// <summary>
    /// A.14–A.15.2 solvency (<see cref="SolvencyRule"/>, our rule): the monthly payment of the lease schedule — the drafted
    /// lease's, or KTK's offer today — against the incomes, obligations and expenses of <see cref="SolvencyParties"/>.
    /// </summary>
    private async Task<CheckResult> SolvencyAsync(string officerIin, TenantApplication app, CancellationToken ct)
    {
        var payment = await MonthlyPaymentAsync(app.Id, ct);
        var parties = SolvencyParties(app).Concat(await GuarantorPartiesAsync(officerIin, app, ct)).ToList();
        return SolvencyRule.Evaluate(payment.Tiyn, parties, options.Value.MaxPaymentShareOfIncome);
    }

    /// <summary>
    /// A.11, A.14 (our rule, docs/algorithm.md): each guarantor who has signed (A.12) answers with their income and obligations,
    /// read only under the guarantor's live consent (a legal entity's: its acting head's), audited.
    /// </summary>
    private async Task<IReadOnlyList<SolvencyParty>> GuarantorPartiesAsync(string officerIin, TenantApplication app, CancellationToken ct)
    {
        var parties = new List<SolvencyParty>();
        foreach (var g in app.Guarantors.Where(g => g.SignedAt is not null && g.GuarantorIin is not null).OrderBy(g => g.Order))
        {
            if (!await access.TryReadAsync(officerIin, g.GuarantorIin!, "check:Solvency:guarantor", $"application/{app.Id}", ct)) continue;
            parties.Add(new SolvencyParty($"guarantor {g.Order}", g.MonthlyIncomeTiyn, g.MonthlyObligationsTiyn, 0));
        }

        return parties;
    }

    /// <summary>Whose incomes and expenses answer for the payments: the applicant's questionnaire (guarantors' own incomes join here, A.14).</summary>
    public static IReadOnlyList<SolvencyParty> SolvencyParties(TenantApplication app) =>
        [new SolvencyParty("tenant", app.MonthlyIncomeTiyn, app.MonthlyObligationsTiyn, app.MonthlyExpensesTiyn)];

    /// <summary>The monthly payment the solvency check uses: the drafted lease's, else KTK's offer.</summary>
    public async Task<Money> MonthlyPaymentAsync(Guid applicationId, CancellationToken ct) => (await ScheduleAsync(applicationId, ct)).MonthlyPayment;

    /// <summary>
    /// Seed 003 (information, not a rule): the housing costs — the monthly payment and a twelfth of the first year's property
    /// tax — as a share of the declared income, flagged above 20 %; null without an income. With KTK's term in months.
    /// </summary>
    public async Task<AffordabilityShare?> AffordabilityAsync(TenantApplication app, CancellationToken ct)
    {
        if (app.MonthlyIncomeTiyn <= 0) return null;
        var schedule = await ScheduleAsync(app.Id, ct);
        var tax = schedules.Taxes(schedule).FirstOrDefault()?.AnnualTax ?? Money.Zero;
        var share = Affordability.For(schedule, new Money(app.MonthlyIncomeTiyn), tax);
        return new AffordabilityShare(share, schedule.MonthlyPayment, share.MonthlyHousingCost - schedule.MonthlyPayment, schedule.Rows.Count);
    }

    private async Task<PaymentSchedule> ScheduleAsync(Guid applicationId, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.ApplicationId == applicationId, ct);
        if (lease is not null) return ContractSchedules.Payments(lease);
        // A.17: KTK's offer stays 3.1 % a year, no down payment, at most 240 months.
        var o = offer.Value;
        var terms = new LeaseTerms(Money.FromTenge(o.PriceKzt), LeaseTerms.ProgrammeRatePercent,
            Math.Min(o.TermMonths, LeaseTerms.MaxTermMonths), deadlines.Today, Money.Zero).EnsureValid();
        return AnnuitySchedule.Build(terms);
    }

    private async Task<CheckResult> CreditHistoryAsync(string iin, CancellationToken ct)
    {
        var r = await creditBureau.ReportAsync(iin, ct);
        var max = options.Value.MaxOverdueDays;
        if (r.Defaults > 0) return CheckResult.Failed("credit.defaults", r.Defaults.ToString(CultureInfo.InvariantCulture));
        if (r.CurrentOverdueDays > max) return CheckResult.Failed("credit.overdue", r.CurrentOverdueDays.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        return r.HasHistory ? CheckResult.Passed("credit.ok") : CheckResult.Passed("credit.none");
    }

    private async Task<CheckResult> LitigationAsync(string iin, CancellationToken ct)
    {
        var cases = await courts.CasesAsync(iin, ct);
        var open = cases.Where(c => c.Open).ToList();
        if (open.Count > 0) return CheckResult.Failed("court.open", string.Join("; ", open.Select(c => $"{c.CaseNumber} ({c.Role}: {c.Subject})")));
        return cases.Count > 0 ? CheckResult.Passed("court.closed", cases.Count.ToString(CultureInfo.InvariantCulture)) : CheckResult.Passed("court.none");
    }

    // The guarantor a check row's role names ("guarantor 2"), or null for the tenant and the spouse.
    private static GuarantorInvitation? GuarantorOf(TenantApplication app, string role) =>
        role.StartsWith("guarantor ", StringComparison.Ordinal) && int.TryParse(role.AsSpan(10), out var order)
            ? app.Guarantors.FirstOrDefault(g => g.Order == order) : null;

    private static int SubjectOrder(string role) => role == "tenant" ? 0 : role == "spouse" ? 1 : 2;
}
