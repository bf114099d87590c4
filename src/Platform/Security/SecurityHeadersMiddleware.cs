using Microsoft.Extensions.Options;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Security;

/// <summary>
/// Adds the browser security headers to every response (A.39–A.40: protection from unauthorised
/// access at the application level). Scripts and styles come only from this origin; the page may
/// talk to NCALayer (or the compatible <c>rto signer</c>) on 127.0.0.1:13579; no framing.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<EdsOptions> eds)
{
    /// <summary>The Content-Security-Policy sent with every response (connect-src adds the NCALayer URLs).</summary>
    public string ContentSecurityPolicy { get; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        $"connect-src 'self' {string.Join(' ', eds.Value.NcaLayerUrls.Select(u => u.TrimEnd('/')))}; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Sets the headers before the response starts.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(self), microphone=(self), geolocation=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
