using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
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
    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Sheet(string sha256, string? lang, HttpContext http, CurrentUser user,
        [AsParameters] SheetServices s, CancellationToken ct)
    {
        if (await s.Stored.DocumentAsync(sha256, ct) is not { } document || !await MaySeeAsync(user, document.LeaseId, s.Db, ct))
        {
            return TypedResults.NotFound();
        }

        var report = await s.Stored.ReportAsync(document, ct);
        var baseUrl = s.Options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var language = SheetTexts.Language(lang);
        if (SheetBuilder.Build(document, report, language, baseUrl) is not { } sheet)
        {
            return Outcome.Refused(StatusCodes.Status409Conflict, "sheet.refused.not_on_ledger").ToProblem();
        }

        return TypedResults.File(s.Pdf.Render(sheet), "application/pdf", $"verification-{document.Number}-{language}.pdf");
    }

    /// <summary>The public verifier's report for a stored document and one of its ledger entries (no login; reveals what an upload would).</summary>
    public static async Task<Results<Ok<VerifyReport>, NotFound>> VerifyStored(string? doc, long? entry, StoredVerification stored, CancellationToken ct) =>
        entry is { } e && await stored.VerifyAsync(doc, e, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    // Who may see the document may download its sheet: the lease's parties and KTK staff.
    private static async Task<bool> MaySeeAsync(CurrentUser user, Guid leaseId, PlatformDbContext db, CancellationToken ct)
    {
        if (user.IsKtkStaff)
        {
            return true;
        }

        var iin = user.Iin;
        return await db.Leases.AsNoTracking().AnyAsync(
            l => l.Id == leaseId && (l.TenantIin == iin || l.SpouseIin == iin || l.Guarantors.Any(g => g.Iin == iin)), ct);
    }
}

/// <summary>What the verification-sheet endpoint needs, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Stored">Stored documents and their verification.</param>
/// <param name="Db">The platform database (who may see the lease).</param>
/// <param name="Pdf">The sheet renderer.</param>
/// <param name="Options">Sheet settings (the public origin of the QR link).</param>
public sealed record SheetServices(StoredVerification Stored, PlatformDbContext Db, SheetPdf Pdf, IOptions<SheetOptions> Options);
