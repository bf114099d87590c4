namespace RentToOwn.Platform.Localization;

/// <summary>
/// One area's texts for the one text store (<see cref="UiText"/>): the area's key prefix and its kk/ru/en dictionaries.
/// Areas keep their texts beside their code (e.g. <c>Term/TermTexts.cs</c>); the store looks every key up as
/// <c>area.key</c>, e.g. <c>term.col.due</c>. The shell's own table has an empty prefix (its keys are already
/// <c>nav.…</c>, <c>home.…</c>).
/// </summary>
/// <param name="Area">The key prefix without the dot (<c>term</c>), or empty for the shell's table.</param>
/// <param name="ByLanguage">Language code (kk, ru, en) → key (without the prefix) → text.</param>
public sealed record TextTable(string Area, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage)
{
    /// <summary>A table from one dictionary per language.</summary>
    public TextTable(string area, IReadOnlyDictionary<string, string> kk, IReadOnlyDictionary<string, string> ru, IReadOnlyDictionary<string, string> en)
        : this(area, new Dictionary<string, IReadOnlyDictionary<string, string>> { ["kk"] = kk, ["ru"] = ru, ["en"] = en })
    {
    }

    /// <summary>A table from the nested dictionary the area files are written as (<c>["kk"] = new() { … }</c>).</summary>
    public static TextTable Of(string area, Dictionary<string, Dictionary<string, string>> texts) =>
        new(area, texts.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value));

    /// <summary>The store key of <paramref name="key"/>: <c>area.key</c>.</summary>
    public string KeyOf(string key) => Area.Length == 0 ? key : Area + "." + key;
}
