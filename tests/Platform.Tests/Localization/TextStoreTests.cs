using System.Reflection;
using System.Text.RegularExpressions;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Tests.Localization;

/// <summary>
/// The one localization mechanism (issue 11 §5): one store, one key scheme (<c>area.key</c>), one fallback (kk), every key
/// in kk, ru and en, and every key the code and pages look up present.
/// </summary>
public sealed partial class TextStoreTests
{
    private static readonly string PlatformSource = Path.Combine(RepositoryRoot(), "src", "Platform");

    [Fact]
    public void Every_key_exists_in_kazakh_russian_and_english() => Assert.Empty(UiText.Shared.MissingKeys());

    [Fact]
    public void A_missing_text_falls_back_to_kazakh_then_to_the_key()
    {
        var texts = UiText.Shared;
        Assert.Equal(texts.Get("kk", "term.col.due"), texts.Get("de", "term.col.due"));
        Assert.NotEqual(texts.Get("kk", "term.col.due"), texts.Get("ru", "term.col.due"));
        Assert.Equal("no.such.key", texts.Get("en", "no.such.key"));
        Assert.Equal(texts.FormatIn("kk", "sms.reminder", "01.02.2027", "u") + " / " + texts.FormatIn("ru", "sms.reminder", "01.02.2027", "u"),
            texts.Sms("sms.reminder", "01.02.2027", "u"));
    }

    [Fact]
    public void Every_table_is_in_the_catalog_and_no_area_keeps_a_lookup_of_its_own()
    {
        var declared = typeof(UiText).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(TextTable))
            .Select(p => (TextTable)p.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared, t => Assert.Contains(t, TextCatalog.Tables));
        Assert.Equal(TextCatalog.Tables.Count, TextCatalog.Tables.Select(t => t.Area).Distinct().Count());

        // A per-language dictionary anywhere else must be a table of the store, not a lookup of its own.
        var strays = Directory.EnumerateFiles(PlatformSource, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var s && (s.Contains("[\"kk\"] =", StringComparison.Ordinal) || s.Contains("MissingKeys(", StringComparison.Ordinal))
                        && !s.Contains("TextTable", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(PlatformSource, f))
            .ToList();
        Assert.Empty(strays);
    }

    [Fact]
    public void Every_key_the_code_and_pages_look_up_exists()
    {
        var keys = UiText.Keys.ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var file in Directory.EnumerateFiles(PlatformSource, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (var (literal, interpolated, followed) in UsedLiterals(source))
            {
                checkedCount++;
                // "term.state." + x, $"term.state.{x}": a prefix some key must start with; otherwise the exact key.
                var prefix = interpolated && literal.Contains('{', StringComparison.Ordinal) ? literal[..literal.IndexOf('{', StringComparison.Ordinal)]
                    : followed ? literal : null;
                var found = prefix is null ? keys.Contains(literal) : keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
                if (!found) missing.Add($"{Path.GetRelativePath(PlatformSource, file)}: \"{literal}\"");
            }
        }

        Assert.True(checkedCount > 500, $"only {checkedCount} look-ups found: the scan lost its patterns");
        Assert.Empty(missing);
    }

    /// <summary>String literals used as keys: inside <c>T[…]</c> (any receiver named T, t, text, texts) and as the key argument of Format, FormatIn, Get, Sms, Labeled, Has.</summary>
    private static IEnumerable<(string Literal, bool Interpolated, bool Followed)> UsedLiterals(string source)
    {
        foreach (Match m in Indexer().Matches(source))
        {
            foreach (Match l in Literal().Matches(m.Groups["args"].Value).Where(l => KeyShape().IsMatch(l.Groups["s"].Value)))
            {
                yield return (l.Groups["s"].Value, l.Groups["i"].Success, l.Groups["plus"].Success);
            }
        }

        foreach (Match m in Call().Matches(source))
        {
            yield return (m.Groups["s"].Value, m.Groups["i"].Success, m.Groups["plus"].Success || m.Groups["m"].Value == "Labeled");
        }
    }

    [GeneratedRegex(@"(?<![\w.])(?:T|t|text|texts|UiText\.Shared)\[(?<args>[^\]\r\n]*)\]")]
    private static partial Regex Indexer();

    /// <summary>What a key looks like (<c>term.col.due</c>, <c>term.state.</c>, <c>verify.kind.{…}</c>): other strings in an indexer are not keys.</summary>
    [GeneratedRegex(@"^[a-z][\w-]*\.[\w.{}\-]*$")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"(?<i>\$)?""(?<s>[^""]*)""(?<plus>\s*\+)?")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?<![\w.])(?:T|t|text|texts|UiText\.Shared)\.(?:(?<m>Format|Sms|Labeled|Has)\(|(?<m>Get|FormatIn)\([^,()""]+,\s*)(?<i>\$)?""(?<s>[^""]*)""(?<plus>\s*\+)?")]
    private static partial Regex Call();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
