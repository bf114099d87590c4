namespace RentToOwn.Platform.Applications.Checks;

/// <summary>
/// The outcome of one check: a reason key of <see cref="ReviewCheckTexts"/> and its arguments (numbers, IINs,
/// case numbers — never translated), so the page shows it in kk/ru/en.
/// </summary>
/// <param name="Outcome">Passed, failed or unavailable.</param>
/// <param name="ReasonKey">Text key of the reason.</param>
/// <param name="Args">Arguments of the reason text.</param>
public sealed record CheckResult(CheckOutcome Outcome, string ReasonKey, IReadOnlyList<string> Args)
{
    /// <summary>A passed check.</summary>
    public static CheckResult Passed(string key, params string[] args) => new(CheckOutcome.Passed, key, args);

    /// <summary>A failed check.</summary>
    public static CheckResult Failed(string key, params string[] args) => new(CheckOutcome.Failed, key, args);

    /// <summary>A check that could not be made.</summary>
    public static CheckResult Unavailable(string key, params string[] args) => new(CheckOutcome.Unavailable, key, args);
}
