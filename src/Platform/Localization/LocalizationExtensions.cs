using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace RentToOwn.Platform.Localization;

/// <summary>Language choice: <c>?lang=</c> for one request, the language cookie after that, Kazakh by default.</summary>
public static class LocalizationExtensions
{
    /// <summary>Registers <see cref="UiText"/> and the request-culture options.</summary>
    public static IHostApplicationBuilder AddPlatformLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(UiText.Shared);
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Codes.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Languages.Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Languages.QueryKey, UIQueryStringKey = Languages.QueryKey },
                new CookieRequestCultureProvider { CookieName = Languages.CookieName },
            ];
        });
        return builder;
    }

    /// <summary>
    /// Remembers a <c>?lang=</c> choice in the language cookie, so a language picked on one page (e.g. the login
    /// page's link) stays for the pages after it. Runs after <c>UseRequestLocalization</c>.
    /// </summary>
    public static IApplicationBuilder UseLanguageChoiceCookie(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var code = http.Request.Query[Languages.QueryKey].ToString();
        if (Languages.IsSupported(code) && http.Request.Cookies[Languages.CookieName] != CookieValue(code))
        {
            var time = http.RequestServices.GetRequiredService<TimeProvider>();
            http.Response.Cookies.Append(Languages.CookieName, CookieValue(code), new CookieOptions
            {
                Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps,
            });
        }

        return next(http);
    });

    /// <summary>The cookie value that selects <paramref name="code"/>.</summary>
    public static string CookieValue(string code) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code));
}
