namespace RentToOwn.Platform.Scheduling;

/// <summary>Texts of the scheduler's reminders in Kazakh, Russian and English (SMS carry kk + ru, as A.7 does).</summary>
public sealed class SchedulingTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["review.soon"] = "ҚТК (A.13): {1} өтінім бойынша шешім мерзімі {0} дейін. {2}",
            ["review.overdue"] = "ҚТК (A.13): {1} өтінім бойынша шешім мерзімі {0} өтті. {2}",
            ["video"] = "Бейнесессия ({0}) {1} басталады (Астана уақыты). Бөлме: {2}",
            ["kind.Registration"] = "тіркеу, A.21", ["kind.TerminationAndOwnership"] = "тоқтату және меншік, A.30",
        },
        ["ru"] = new()
        {
            ["review.soon"] = "КЖК (A.13): срок решения по заявлениям {1} — до {0} включительно. {2}",
            ["review.overdue"] = "КЖК (A.13): срок решения по заявлениям {1} истёк {0}. {2}",
            ["video"] = "Видеосессия ({0}) начнётся {1} (время Астаны). Комната: {2}",
            ["kind.Registration"] = "регистрация, A.21", ["kind.TerminationAndOwnership"] = "прекращение и собственность, A.30",
        },
        ["en"] = new()
        {
            ["review.soon"] = "KTK (A.13): decide applications {1} by {0} (inclusive). {2}",
            ["review.overdue"] = "KTK (A.13): the decision deadline {0} has passed for applications {1}. {2}",
            ["video"] = "Video session ({0}) starts {1} (Astana time). Room: {2}",
            ["kind.Registration"] = "registration, A.21", ["kind.TerminationAndOwnership"] = "termination and ownership, A.30",
        },
    };

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public string Format(string language, string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(language, key), args);

    /// <summary>kk and ru side by side, the way the platform's SMS are written.</summary>
    public string Sms(string key, params object[] args) => Format("kk", key, args) + " / " + Format("ru", key, args);

    /// <summary>kk and ru side by side, with arguments that themselves depend on the language.</summary>
    public string Sms(string key, Func<string, object[]> args) => Format("kk", key, args("kk")) + " / " + Format("ru", key, args("ru"));

    /// <summary>The raw text (Kazakh, then the key, as fallbacks).</summary>
    public static string Get(string language, string key) =>
        Texts.TryGetValue(language, out var d) && d.TryGetValue(key, out var s) ? s
        : Texts["kk"].TryGetValue(key, out var k) ? k : key;

    /// <summary>Keys missing in some language (for tests).</summary>
    public static IEnumerable<string> MissingKeys() =>
        Texts.Values.SelectMany(d => d.Keys).Distinct().Where(k => Texts.Values.Any(d => !d.ContainsKey(k)));
}
