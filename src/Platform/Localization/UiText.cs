using System.Collections.Frozen;
using System.Globalization;

namespace RentToOwn.Platform.Localization;

/// <summary>
/// The one way to look a text up. Every text for people lives in one store, filled from the areas'
/// <see cref="TextTable"/>s (listed in <see cref="TextCatalog"/>), under area-prefixed keys such as <c>term.col.due</c>.
/// One fallback rule: the requested language, then Kazakh, then the key itself (so a missing text shows up as its key,
/// never as an empty string). Services return keys (and arguments); pages and SMS senders turn them into words here.
/// </summary>
public sealed class UiText
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Store = Build(TextCatalog.Tables);

    /// <summary>One shared instance for code that runs outside dependency injection (e.g. static renderers).</summary>
    public static UiText Shared { get; } = new();

    /// <summary>The text for <paramref name="key"/> in the current request's language.</summary>
    public string this[string key] => Get(Languages.Current, key);

    /// <summary>The text for <paramref name="key"/> in the current language, formatted with <paramref name="args"/> (invariant culture: callers format numbers and dates).</summary>
    public string Format(string key, params object?[] args) => FormatIn(Languages.Current, key, args);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Get(string language, string key) =>
        Store.TryGetValue(language, out var d) && d.TryGetValue(key, out var s) ? s
        : Store[Languages.Default].TryGetValue(key, out var k) ? k
        : key;

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public string FormatIn(string language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, key), args);

    /// <summary>kk and ru side by side, the way the platform's SMS are written (A.7).</summary>
    public string Sms(string key, params object?[] args) => FormatIn("kk", key, args) + " / " + FormatIn("ru", key, args);

    /// <summary>kk and ru side by side, with arguments that themselves depend on the language.</summary>
    public string Sms(string key, Func<string, object?[]> args) => FormatIn("kk", key, args("kk")) + " / " + FormatIn("ru", key, args("ru"));

    /// <summary>
    /// The human label of <paramref name="name"/> only (issue 14: code names belong under "technical details"); an
    /// unknown name is shown as it is.
    /// </summary>
    public string Label(string prefix, string? name) =>
        name is null ? "" : Has(prefix + name) ? this[prefix + name] : name;

    /// <summary>Whether <paramref name="key"/> has a text (in Kazakh, the default language).</summary>
    public bool Has(string key) => Store[Languages.Default].ContainsKey(key);

    /// <summary>Every key in the store.</summary>
    public static IEnumerable<string> Keys => Store.Values.SelectMany(d => d.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>Keys present in one language but missing in another (used by tests).</summary>
    public IEnumerable<string> MissingKeys() =>
        Keys.Where(k => Languages.Codes.Any(l => !Store.TryGetValue(l, out var d) || !d.ContainsKey(k)));

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Build(IEnumerable<TextTable> tables)
    {
        var byLanguage = Languages.Codes.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            foreach (var (language, texts) in table.ByLanguage)
            {
                if (!byLanguage.TryGetValue(language, out var target))
                {
                    throw new InvalidOperationException($"Text table '{table.Area}' has an unsupported language '{language}'.");
                }

                foreach (var (key, text) in texts)
                {
                    if (!target.TryAdd(table.KeyOf(key), text))
                    {
                        throw new InvalidOperationException($"Text key '{table.KeyOf(key)}' ({language}) is defined twice.");
                    }
                }
            }
        }

        return byLanguage.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
