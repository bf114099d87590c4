using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Verification.Texts;

/// <summary>
/// The verifier page's texts in kk (default) / ru / en, kept with the verifier so its strings do not collide with the
/// cabinets' dictionaries. Falls back to Kazakh, then to the key.
/// </summary>
public sealed class VerifierText
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["kk"] = VerifierTextsKk.All,
            ["ru"] = VerifierTextsRu.All,
            ["en"] = VerifierTextsEn.All,
        };

    /// <summary>The text for <paramref name="key"/> in the current request's language.</summary>
    public string this[string key] => Get(Languages.Current, key);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string language, string key) =>
        ByLanguage.TryGetValue(language, out var d) && d.TryGetValue(key, out var s) ? s
        : ByLanguage[Languages.Default].TryGetValue(key, out var k) ? k
        : key;

    /// <summary>
    /// A ledger record kind as the verifier shows it: its localized meaning only, e.g. "Payment confirmed by the payment
    /// provider"; the kind's code name appears only under "technical details" (issue 14). An unknown name is shown as it is.
    /// </summary>
    public string Kind(string? kind) => kind is null ? "" : Get(Languages.Current, "kind." + kind) is var label && label != "kind." + kind ? label : kind;

    /// <summary>Keys present in one language but missing in another (used by tests).</summary>
    public static IEnumerable<string> MissingKeys() =>
        ByLanguage.Values.SelectMany(d => d.Keys).Distinct().Where(k => ByLanguage.Values.Any(d => !d.ContainsKey(k)));
}
