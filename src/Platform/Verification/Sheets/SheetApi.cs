using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// A.18: the verification sheet of a signed document (<c>GET /api/sheets/{sha256}</c>, for whoever may see the
/// document: a party to the lease or KTK staff) and the public verifier for a stored document
/// (<c>GET /api/verify/stored?doc=&amp;entry=</c>, the JSON twin of the sheet's QR link <c>/Verify?doc=&amp;entry=</c>).
/// </summary>
public static class SheetApi
{
    /// <summary>Maps the sheet and stored-verification routes.</summary>
    public static IEndpointRouteBuilder MapVerificationSheetApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sheets").RequireAuthorization().MapGet("/{sha256}", Sheet);
        app.MapGroup("/api/verify/stored").RequireRateLimiting(RateLimitPolicies.Verifier).MapGet("", VerifyStored);
        return app;
    }

    /// <summary>The sheet PDF in <paramref name="lang"/> (kk default, ru); 404 for a document the caller may not see, 409 before any signature is on the ledger.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Sheet(string sha256, string? lang, HttpContext http,
        StoredVerification stored, PublicVerifier verifier, PlatformDbContext db, SheetPdf pdf, IOptions<SheetOptions> options, CancellationToken ct)
    {
        if (await stored.DocumentAsync(sha256, ct) is not { } document || !await MaySeeAsync(http.User, document.LeaseId, db, ct))
        {
            return TypedResults.NotFound();
        }

        var report = await stored.ReportAsync(document, ct);
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var language = SheetTexts.Language(lang);
        if (SheetBuilder.Build(document, report, language, baseUrl) is not { } sheet)
        {
            return TypedResults.Problem("No signature of this document is on the ledger yet.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.File(pdf.Render(sheet), "application/pdf", $"verification-{document.Number}-{language}.pdf");
    }

    /// <summary>The public verifier's report for a stored document and one of its ledger entries (no login; reveals what an upload would).</summary>
    public static async Task<Results<Ok<VerifyReport>, NotFound>> VerifyStored(string? doc, long? entry, StoredVerification stored, CancellationToken ct) =>
        entry is { } e && await stored.VerifyAsync(doc, e, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    // Who may see the document may download its sheet: the lease's parties and KTK staff.
    private static async Task<bool> MaySeeAsync(ClaimsPrincipal user, Guid leaseId, PlatformDbContext db, CancellationToken ct)
    {
        if (user.IsInRole(CabinetPolicies.Head) || user.IsInRole(CabinetPolicies.Officer))
        {
            return true;
        }

        var iin = PlatformClaims.IinOf(user);
        return iin is not null && await db.Leases.AsNoTracking().AnyAsync(
            l => l.Id == leaseId && (l.TenantIin == iin || l.SpouseIin == iin || l.Guarantors.Any(g => g.Iin == iin)), ct);
    }
}
