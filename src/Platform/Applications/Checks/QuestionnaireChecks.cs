using System.Globalization;
using System.Text;
using RentToOwn.Platform.Applications.Checks.Sources;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>
/// A.15.1 "the accuracy of the data the recipient gave in the questionnaire": the employer, the marital status (and history)
/// and the children against state data. A mismatch fails the check with a reason naming the field; the decision stays the
/// officer's. Pure functions of the application and the sources' answers.
/// </summary>
public static class QuestionnaireChecks
{
    /// <summary>Adults from this age (a child below it lives with the family by law).</summary>
    public const int AgeOfMajority = 18;

    // Legal forms left out when names are compared (the questionnaire may say "KazPost", the record "KazPost JSC").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "jsc", "llp", "llc", "ltd", "inc", "plc", "rse", "ao", "too", "ао", "ақ", "тоо", "жшс", "кеақ", "нао", "оао", "зао", "ргп", "гкп", "мкп", "ркк", "ип", "жк", "мм", "гу",
    };

    /// <summary>The employer: the questionnaire names the employer on the pension-contribution record (by name or BIN).</summary>
    public static CheckResult Employer(TenantApplication app, EmploymentRecord? record)
    {
        if (record is null) return CheckResult.Failed("employer.none", app.Employer);
        var declared = app.Employer;
        var sameBin = declared.Contains(record.EmployerBin, StringComparison.Ordinal);
        var sameName = NormalizeName(declared) is { Length: > 0 } d && d == NormalizeName(record.EmployerName);
        return sameBin || sameName
            ? CheckResult.Passed("employer.ok", record.EmployerName, record.EmployerBin)
            : CheckResult.Failed("employer.mismatch", declared, record.EmployerName, record.EmployerBin);
    }

    /// <summary>The marital status (and the spouse named) and the marital history against АХАЖ АЖ.</summary>
    public static CheckResult MaritalStatus(TenantApplication app, CivilStatus status)
    {
        if (app.Married && status.CurrentSpouseIin is null) return CheckResult.Failed("marital.notmarried", app.SpouseIin ?? "");
        if (app.Married && status.CurrentSpouseIin != app.SpouseIin) return CheckResult.Failed("marital.otherspouse", app.SpouseIin ?? "", status.CurrentSpouseIin!);
        if (!app.Married && status.CurrentSpouseIin is { } spouse) return CheckResult.Failed("marital.undeclared", spouse);
        if (app.PreviouslyMarried && !status.HadDissolvedMarriage) return CheckResult.Failed("marital.history.none");
        if (!app.PreviouslyMarried && status.HadDissolvedMarriage) return CheckResult.Failed("marital.history.undeclared");
        return app.Married ? CheckResult.Passed("marital.married", app.SpouseIin ?? "") : CheckResult.Passed("marital.single");
    }

    /// <summary>
    /// The children (our rule, docs/algorithm.md): the questionnaire counts at least the minor children on the birth records
    /// (they belong to the family) and at most all of them (adult children may live with the family or not).
    /// </summary>
    public static CheckResult Family(TenantApplication app, CivilStatus status, DateOnly today)
    {
        var all = status.Children.Count;
        var minors = status.Children.Count(c => c.BornOn > today.AddYears(-AgeOfMajority));
        string[] args = [Text(app.Children), Text(all), Text(minors)];
        if (app.Children < minors) return CheckResult.Failed("family.fewer", args);
        if (app.Children > all) return CheckResult.Failed("family.more", args);
        return CheckResult.Passed("family.ok", args);
    }

    /// <summary>A company name reduced for comparison: case, quotes, punctuation and legal forms ignored.</summary>
    public static string NormalizeName(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (var ch in name.ToLowerInvariant()) b.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        return string.Join(' ', b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)));
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
