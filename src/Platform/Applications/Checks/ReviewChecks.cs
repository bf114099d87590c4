using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Domain.Calendar;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
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
/// solvency, credit history, litigation, KTK affiliation, the terrorism/extremism financing list — for the tenant,
/// the spouse and each guarantor. Every read of a person's data goes through <see cref="PersonalDataAccess"/>
/// (live consent required, each read audited); a source that does not answer makes the check Unavailable.
/// Results are stored with the application; the decision stays the officer's.
/// </summary>
public sealed class ReviewChecks(
    PlatformDbContext db, PersonalDataAccess access, IConsentService consents, CadesVerifier verifier, EdsTrust trust,
    ICreditBureau creditBureau, ICourtRecords courts, IAffiliateRegistry affiliates, IFinancingList financingList, IPersonRegistry persons,
    IOptions<ReviewCheckOptions> options, IOptions<ContractOffer> offer, DeadlineCalculator deadlines, TimeProvider time)
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
        var app = await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return null;

        var subjects = new List<(string Role, string Iin)> { ("tenant", app.TenantIin) };
        if (app.Married && app.SpouseIin is { } spouse) subjects.Add(("spouse", spouse));
        subjects.AddRange(app.Guarantors.OrderBy(g => g.Order).Select(g => ($"guarantor {g.Order}", g.GuarantorIin)));

        // One run shares one check time; a run in the same instant as the previous one is stamped just after it.
        var now = time.GetUtcNow();
        var earlier = await db.ReviewChecks.Where(c => c.ApplicationId == app.Id).Select(c => c.CheckedAt).ToListAsync(ct);
        if (earlier.Count > 0 && earlier.Max() >= now) now = earlier.Max().AddMilliseconds(1);
        var results = new List<ReviewCheck>();
        foreach (var (role, iin) in subjects)
        {
            foreach (var kind in Enum.GetValues<CheckKind>())
            {
                if (kind == CheckKind.Solvency && role != "tenant") continue; // A.14: the applicant's declared income
                if (kind is CheckKind.CreditHistory or CheckKind.Litigation && role == "spouse") continue; // A.15: applicant and guarantors
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

    /// <summary>Where each check's answer comes from (shown to the officer).</summary>
    public static string SourceOf(CheckKind kind) => kind switch
    {
        CheckKind.EdsOwnership => "platform: EDS signatures + NCA trust",
        CheckKind.CivilStanding => "ЖТ МДБ (cadastre simulator state)",
        CheckKind.Solvency => "application A.8 + lease schedule",
        CheckKind.CreditHistory => "credit bureau (stand-in)",
        CheckKind.Litigation => "court records (stand-in)",
        CheckKind.Affiliation => "KTK affiliate list (stand-in)",
        _ => "financing list (cadastre simulator state)",
    };

    private async Task<CheckResult> RunOneAsync(string officerIin, TenantApplication app, string role, string iin, CheckKind kind, CancellationToken ct)
    {
        // A.9: no personal data of a person without their live consent; every read (allowed or not) is audited.
        if (!await access.TryReadAsync(officerIin, iin, $"check:{kind}", $"application/{app.Id}", ct))
        {
            return CheckResult.Unavailable("reason.noconsent");
        }

        try
        {
            return kind switch
            {
                CheckKind.EdsOwnership => await EdsOwnershipAsync(app, role, iin, ct),
                CheckKind.CivilStanding => await CivilStandingAsync(iin, ct),
                CheckKind.Solvency => await SolvencyAsync(app, ct),
                CheckKind.CreditHistory => await CreditHistoryAsync(iin, ct),
                CheckKind.Litigation => await LitigationAsync(iin, ct),
                CheckKind.Affiliation => await affiliates.FindAsync(iin, ct) is { } a
                    ? CheckResult.Failed("affiliate.listed", a.Basis) : CheckResult.Passed("affiliate.none"),
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
        if (role == "tenant")
        {
            // The tenant's EDS-signed A.9 consent, over the form bytes kept with it.
            var consent = await consents.LiveConsentAsync(iin, ConsentPurposes.Application, ct);
            cms = consent?.SignatureCms;
            document = consent?.SignedForm ?? []; // the exact bytes signed (they hold the form number, issue 15 §3)
            what = "consent A.9";
        }
        else
        {
            cms = role == "spouse" ? app.SpouseSignatureCms : app.Guarantors.Single(g => g.GuarantorIin == iin).SignatureCms;
            document = ApplicationText.Bytes(app);
            what = "application A.12";
        }

        if (cms is null) return CheckResult.Unavailable("eds.notsigned");
        var report = verifier.Verify(document, cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(iin))));
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
    /// A.14 solvency (our rule, see <see cref="ReviewCheckOptions.MaxPaymentShareOfIncome"/>): the monthly payment of the
    /// lease schedule — the drafted lease's, or KTK's offer today — at most the configured share of the declared income.
    /// </summary>
    private async Task<CheckResult> SolvencyAsync(TenantApplication app, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.ApplicationId == app.Id, ct);
        var payment = lease is not null ? ContractSchedules.Payments(lease).MonthlyPayment : OfferPayment();
        if (app.MonthlyIncomeTiyn <= 0) return CheckResult.Failed("solvency.noincome");
        var share = options.Value.MaxPaymentShareOfIncome;
        var ratio = (decimal)payment.Tiyn / app.MonthlyIncomeTiyn;
        string[] args =
        [
            Tenge(payment.Tiyn), Tenge(app.MonthlyIncomeTiyn), (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture),
            (share * 100).ToString("0.#", CultureInfo.InvariantCulture),
        ];
        return ratio <= share ? CheckResult.Passed("solvency.ok", args) : CheckResult.Failed("solvency.low", args);
    }

    private Money OfferPayment()
    {
        var o = offer.Value;
        var terms = new LeaseTerms(Money.FromTenge(o.PriceKzt), LeaseTerms.ProgrammeRatePercent,
            Math.Min(o.TermMonths, LeaseTerms.MaxTermMonths), deadlines.Today, Money.Zero).EnsureValid();
        return AnnuitySchedule.Build(terms).MonthlyPayment;
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

    private static string Tenge(long tiyn) => (tiyn / 100m).ToString("#,0.00", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static int SubjectOrder(string role) => role == "tenant" ? 0 : role == "spouse" ? 1 : 2;
}
