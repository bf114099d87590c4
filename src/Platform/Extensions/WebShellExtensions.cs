using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Extensions;

/// <summary>Razor Pages cabinets and the request pipeline.</summary>
public static class WebShellExtensions
{
    /// <summary>Adds Razor Pages with one authorization policy per cabinet folder.</summary>
    public static IHostApplicationBuilder AddWebShell(this IHostApplicationBuilder builder)
    {
        // Kazakh and Russian text goes out as UTF-8, not as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Officer", CabinetPolicies.Officer);
            o.Conventions.AuthorizeFolder("/Tenant", CabinetPolicies.Tenant);
            o.Conventions.AuthorizeFolder("/Guarantor", CabinetPolicies.Guarantor);
            o.Conventions.AuthorizeFolder("/Spouse", CabinetPolicies.Spouse);
            o.Conventions.AuthorizeFolder("/Head", CabinetPolicies.Head);
            o.Conventions.AuthorizeFolder("/Contracts"); // A.17–A.18: parties only, checked per contract
            o.Conventions.AuthorizeFolder("/Registrar", CabinetPolicies.Registrar);
        });
        return builder;
    }

    /// <summary>The middleware order: forwarded headers (HTTPS outside Development), errors, headers, static files, language, rate limits, auth.</summary>
    public static WebApplication UsePlatformPipeline(this WebApplication app)
    {
        app.UseReverseProxySupport(); // first: the client's address and scheme as the known proxy forwarded them
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseLanguageChoiceCookie();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<Security.Antiforgery.JsonAntiforgeryMiddleware>(); // issue 15 §3: state-changing /api calls need the header
        return app;
    }
}
