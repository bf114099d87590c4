namespace RentToOwn.Platform.Localization;

/// <summary>
/// The interface texts, one small dictionary per language. <c>T["key"]</c> gives the text in the
/// current request's language, falling back to Kazakh, then to the key itself (so a missing
/// translation shows up as the key rather than as an empty string).
/// </summary>
public sealed class UiText
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["kk"] = KazakhTexts.All,
            ["ru"] = RussianTexts.All,
            ["en"] = EnglishTexts.All,
        };

    /// <summary>The text for <paramref name="key"/> in the current language.</summary>
    public string this[string key] => Get(Languages.Current, key);

    /// <summary>The text for <paramref name="key"/> formatted with <paramref name="args"/>.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, this[key], args);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Get(string language, string key) =>
        _byLanguage.TryGetValue(language, out var d) && d.TryGetValue(key, out var s) ? s
        : _byLanguage[Languages.Default].TryGetValue(key, out var k) ? k
        : key;

    /// <summary>Keys present in one language but missing in another (used by tests).</summary>
    public IEnumerable<string> MissingKeys() =>
        _byLanguage.Values.SelectMany(d => d.Keys).Distinct()
            .Where(k => _byLanguage.Values.Any(d => !d.ContainsKey(k)));
}
