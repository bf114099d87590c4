using Microsoft.Extensions.Options;
using RentToOwn.Kadastr.Simulator.State;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>
/// A.15.1: the questionnaire against state data (employer, marital status, children); A.15.2: solvency from incomes and
/// expenses. Pure rules, then the state-registry stand-in they read (the cadastre simulator's АХАЖ АЖ).
/// </summary>
public sealed class QuestionnaireAndSolvencyTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static TenantApplication App(string employer = "KazPost", bool married = false, string? spouse = null, int children = 0, bool before = false) =>
        new() { TenantIin = "900501300120", Employer = employer, Married = married, SpouseIin = spouse, Children = children, PreviouslyMarried = before };

    [Theory]
    [InlineData("KazPost", true)]
    [InlineData("  «KAZPOST» АҚ ", true)]
    [InlineData("АО KazPost", true)]
    [InlineData("BIN 010140001230", true)]
    [InlineData("Kaspi Bank", false)]
    [InlineData("Kaz Post", false)]
    public void A15_the_employer_must_be_the_one_on_the_pension_contribution_record(string declared, bool matches)
    {
        var r = QuestionnaireChecks.Employer(App(declared), new EmploymentRecord("900501300120", "010140001230", "KazPost JSC"));
        Assert.Equal(matches ? CheckOutcome.Passed : CheckOutcome.Failed, r.Outcome);
        if (!matches) Assert.Equal(("employer.mismatch", declared, "KazPost JSC"), (r.ReasonKey, r.Args[0], r.Args[1]));
    }

    [Fact]
    public void A15_an_employer_without_any_contribution_record_fails_naming_the_declared_employer()
    {
        var r = QuestionnaireChecks.Employer(App("KazPost"), null);
        Assert.Equal((CheckOutcome.Failed, "employer.none", "KazPost"), (r.Outcome, r.ReasonKey, r.Args[0]));
        Assert.Contains("no employer pays pension contributions", UiText.Shared.Get("en", "check." + r.ReasonKey));
    }

    [Theory]
    [InlineData(true, "910712450231", false, "910712450231", false, "marital.married", CheckOutcome.Passed)]
    [InlineData(false, null, false, null, false, "marital.single", CheckOutcome.Passed)]
    [InlineData(true, "910712450231", false, null, false, "marital.notmarried", CheckOutcome.Failed)]
    [InlineData(true, "910712450231", false, "880904400568", false, "marital.otherspouse", CheckOutcome.Failed)]
    [InlineData(false, null, false, "910712450231", false, "marital.undeclared", CheckOutcome.Failed)]
    [InlineData(false, null, true, null, false, "marital.history.none", CheckOutcome.Failed)]
    [InlineData(false, null, false, null, true, "marital.history.undeclared", CheckOutcome.Failed)]
    [InlineData(false, null, true, null, true, "marital.single", CheckOutcome.Passed)]
    public void A15_the_marital_status_and_history_must_match_the_civil_registry(bool married, string? spouse, bool before, string? registrySpouse,
        bool registryDissolved, string key, CheckOutcome outcome)
    {
        var r = QuestionnaireChecks.MaritalStatus(App(married: married, spouse: spouse, before: before), new CivilStatus(registrySpouse, registryDissolved, []));
        Assert.Equal((outcome, key), (r.Outcome, r.ReasonKey));
        foreach (var lang in new[] { "kk", "ru", "en" }) Assert.NotEqual("check." + key, UiText.Shared.Get(lang, "check." + key));
    }

    [Theory]
    [InlineData(0, "family.fewer", CheckOutcome.Failed)] // the minor child is left out
    [InlineData(1, "family.ok", CheckOutcome.Passed)] // the minor only (the adult child lives elsewhere)
    [InlineData(2, "family.ok", CheckOutcome.Passed)] // both
    [InlineData(3, "family.more", CheckOutcome.Failed)] // a child the registry does not know
    public void A15_the_children_declared_lie_between_the_minors_and_all_children_on_the_birth_records(int declared, string key, CheckOutcome outcome)
    {
        // Born 2008-09-10 (18 since September 2026) and 2015-03-14 (a minor).
        var status = new CivilStatus(null, false, [new ChildRecord("080910600130", new DateOnly(2008, 9, 10)), new ChildRecord("150314500129", new DateOnly(2015, 3, 14))]);
        var r = QuestionnaireChecks.Family(App(children: declared), status, Today);
        Assert.Equal((outcome, key), (r.Outcome, r.ReasonKey));
        Assert.Equal([declared.ToString(System.Globalization.CultureInfo.InvariantCulture), "2", "1"], r.Args);
    }

    [Fact]
    public void A15_solvency_counts_obligations_against_the_share_and_expenses_against_what_is_left()
    {
        const long payment = 84_000_00;
        // Income 380 000, nothing else: 22.1 % of income, 296 000 left.
        var ok = SolvencyRule.Evaluate(payment, [new SolvencyParty("tenant", 380_000_00, 0, 0)], 0.5m);
        Assert.Equal((CheckOutcome.Passed, "solvency.ok"), (ok.Outcome, ok.ReasonKey));
        Assert.Equal(["84 000.00", "380 000.00", "22.1", "50", "0.00", "0.00", "296 000.00"], ok.Args);

        // A loan of 120 000 a month: (84 000 + 120 000) / 380 000 = 53.7 % > 50 %.
        var loans = SolvencyRule.Evaluate(payment, [new SolvencyParty("tenant", 380_000_00, 120_000_00, 0)], 0.5m);
        Assert.Equal((CheckOutcome.Failed, "solvency.low", "53.7"), (loans.Outcome, loans.ReasonKey, loans.Args[2]));

        // Within the share, but the family's expenses leave nothing: 380 000 − 84 000 − 300 000 < 0.
        var expenses = SolvencyRule.Evaluate(payment, [new SolvencyParty("tenant", 380_000_00, 0, 300_000_00)], 0.5m);
        Assert.Equal((CheckOutcome.Failed, "solvency.deficit", "-4 000.00"), (expenses.Outcome, expenses.ReasonKey, expenses.Args[6]));

        // More parties add their money (the guarantors' own incomes join here).
        var two = SolvencyRule.Evaluate(payment, [new SolvencyParty("tenant", 100_000_00, 0, 50_000_00), new SolvencyParty("guarantor 1", 300_000_00, 0, 0)], 0.5m);
        Assert.Equal((CheckOutcome.Passed, "400 000.00"), (two.Outcome, two.Args[1]));
        Assert.Equal("solvency.noincome", SolvencyRule.Evaluate(payment, [new SolvencyParty("tenant", 0, 0, 0)], 0.5m).ReasonKey);
    }

    [Fact]
    public void A15_reasons_of_older_runs_with_fewer_arguments_still_read()
    {
        var texts = UiText.Shared;
        var old = new ReviewCheck { SubjectRole = "tenant", SubjectIin = "900501300120", ReasonKey = "solvency.ok", ReasonArgs = "84 000.00\u001f380 000.00\u001f22.1\u001f50", Source = "", CheckedByIin = "" };
        Assert.Contains("84 000.00", texts.CheckReason(old));
    }

    [Fact]
    public async Task A15_the_civil_registry_answers_from_the_cadastre_simulators_state()
    {
        using var lookups = new StateRegistryLookups(Options.Create(new ReviewCheckOptions()));
        // default-seed.json: the demo tenant is married to the demo spouse; 850720310008 divorced, two children, one of them a minor.
        var tenant = await lookups.StatusAsync("900501300120", default);
        Assert.Equal(("910712450231", false), (tenant.CurrentSpouseIin, tenant.HadDissolvedMarriage));
        Assert.Empty(tenant.Children);
        var parent = await lookups.StatusAsync("850720310008", default);
        Assert.Null(parent.CurrentSpouseIin);
        Assert.True(parent.HadDissolvedMarriage);
        Assert.Equal(["080910600130", "150314500129"], parent.Children.Select(c => c.Iin));
    }
}
