using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// A service refusal as the platform shows it (issue 11 §5): an API's problem carries its stable <c>code</c> (the text key);
/// a page shows the words in the caller's language, Kazakh unless the caller chose another. Tests assert on the key, not prose.
/// </summary>
public static class Refusal
{
    /// <summary>The words of <paramref name="key"/> with <paramref name="args"/> in <paramref name="language"/>.</summary>
    public static string In(string language, string key, params object?[] args) =>
        new Outcome(StatusCodes.Status422UnprocessableEntity, key, args).Render(language)!;

    /// <summary>The words of <paramref name="key"/> in Kazakh up to its first argument (for a refusal whose arguments the test does not know).</summary>
    public static string KkBefore(string key) => Before("kk", key);

    private static string Before(string language, string key)
    {
        var text = In(language, key, "\u0001", "\u0001", "\u0001", "\u0001");
        var end = text.IndexOf('\u0001', StringComparison.Ordinal);
        return end >= 0 ? text[..end] : text;
    }

    /// <summary>
    /// <paramref name="body"/> shows the refusal <paramref name="key"/>: a JSON problem with that <c>code</c> (and, given
    /// <paramref name="args"/>, those words as its detail in one of kk, ru, en: the caller's language), or a page with its
    /// words in the page's language.
    /// </summary>
    public static void Shown(string body, string key, params object?[] args)
    {
        if (IsProblem(body))
        {
            Assert.Equal(key, Code(body));
            if (args.Length > 0) Assert.Contains(Detail(body), Languages.Codes.Select(l => In(l, key, args)));
            return;
        }

        var language = PageLanguage(body);
        Assert.Contains(args.Length > 0 ? In(language, key, args) : Before(language, key), WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="body"/> (a JSON problem's detail, or a page) contains the words of <paramref name="key"/> with
    /// <paramref name="args"/> in the caller's language: a part of a refusal, e.g. one of the problems it lists.
    /// </summary>
    public static void Mentions(string body, string key, params object?[] args)
    {
        if (IsProblem(body)) Assert.Contains(Languages.Codes, l => Detail(body).Contains(In(l, key, args), StringComparison.Ordinal));
        else Assert.Contains(In(PageLanguage(body), key, args), WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    private static bool IsProblem(string body) => body.TrimStart().StartsWith('{');

    // The language a page was rendered in (<html lang="…">), Kazakh by default.
    private static string PageLanguage(string html) =>
        Regex.Match(html, @"<html lang=""(?<l>[a-z]{2})""") is { Success: true } m && Languages.IsSupported(m.Groups["l"].Value) ? m.Groups["l"].Value : Languages.Default;

    /// <summary>The stable <c>code</c> of the JSON problem <paramref name="body"/>.</summary>
    public static string? Code(string body) => JsonNode.Parse(body)!["code"]?.GetValue<string>();

    /// <summary>The <c>detail</c> of the JSON problem <paramref name="body"/> (the words, in the caller's language).</summary>
    public static string Detail(string body) => JsonNode.Parse(body)!["detail"]!.GetValue<string>();

    /// <summary>The response <paramref name="response"/> shows the refusal <paramref name="key"/> (see <see cref="Shown(string, string, object?[])"/>).</summary>
    public static async Task ShownAsync(HttpResponseMessage response, string key, params object?[] args) =>
        Shown(await response.Content.ReadAsStringAsync(), key, args);
}
