using System.Globalization;

namespace RentToOwn.Platform.Localization;

/// <summary>The interface languages: Kazakh (default), Russian, English.</summary>
public static class Languages
{
    /// <summary>Default language code.</summary>
    public const string Default = "kk";

    /// <summary>Supported codes in menu order.</summary>
    public static readonly IReadOnlyList<string> Codes = ["kk", "ru", "en"];

    /// <summary>Cookie that remembers the choice (ASP.NET Core's request-culture cookie).</summary>
    public const string CookieName = ".RentToOwn.Language";

    /// <summary>Query-string key that selects a language for one request (<c>?lang=ru</c>).</summary>
    public const string QueryKey = "lang";

    /// <summary>Whether <paramref name="code"/> is supported.</summary>
    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);

    /// <summary>Same as <see cref="IsSupported"/>, for callers that read better with it.</summary>
    public static bool IsSupportedCode(string? code) => IsSupported(code);

    /// <summary>The current request's language code.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var c && IsSupported(c) ? c : Default;
}
