using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// A.18: the public verifier's JSON API (no login, rate limited). <c>POST /api/verify</c> takes multipart fields
/// <c>document</c>, <c>signature</c> (repeatable) and <c>bundle</c> and returns the same report as the page.
/// It changes nothing and reads no session, so it needs no anti-forgery token.
/// </summary>
public static class VerifierApi
{
    /// <summary>Per uploaded file, the bytes read into memory; a larger file is buffered in a temporary file.</summary>
    public const int UploadMemoryBytes = 1024 * 1024;

    /// <summary>Maps <c>POST /api/verify</c> and <c>GET /api/verify/bundle/{index}</c>.</summary>
    public static IEndpointRouteBuilder MapVerifierApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/verify").RequireRateLimiting(RateLimitPolicies.Verifier);
        api.MapPost("/", Verify);
        api.MapGet("/bundle/{index:long}", DownloadBundle);
        return app;
    }

    /// <summary>
    /// Verifies the upload. 200 with the report when something was verified (whatever the verdict); 400 (or 413 for
    /// oversize) with the same report shape listing the problems when nothing could be verified.
    /// </summary>
    public static async Task<Results<Ok<VerifyReport>, JsonHttpResult<VerifyReport>>> Verify(HttpContext http, [AsParameters] VerifierServices s, CancellationToken ct)
    {
        var time = s.Time;
        var limit = s.Options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            return Refused(time, StatusCodes.Status413PayloadTooLarge, "too_large", $"the request is larger than {limit} bytes");
        }

        if (!http.Request.HasFormContentType)
        {
            return Refused(time, StatusCodes.Status400BadRequest, "not_multipart", "send multipart/form-data with fields document, signature and bundle");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            // A contract PDF with its CMS files stays in memory (up to 1 MiB per file; larger ones are buffered on disk as before):
            // issue 17 measured temp-file creation and deletion as the verifier's largest cost under load.
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 64, MemoryBufferThreshold = UploadMemoryBytes }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            var status = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Refused(time, status, status == 413 ? "too_large" : "bad_form", "the upload could not be read: " + e.Message);
        }

        var upload = await s.Reader.ReadAsync(form.Files, ct);

        // Issue 15: a CMS over the EDS limits (SignerInfos, certificates) is refused before anything is verified.
        if (upload.Signatures.Select(f => CmsPrecheck.ExceededLimit(CmsFile.ToDer(f.Content), s.Trust.Limits)).FirstOrDefault(p => p is not null) is { } overLimit)
        {
            return Refused(time, StatusCodes.Status413PayloadTooLarge, "too_large", overLimit);
        }

        var report = await s.Verifier.VerifyAsync(upload, ct);
        if (!report.Refused)
        {
            return TypedResults.Ok(report);
        }

        var tooLarge = report.Problems.Count > 0 && report.Problems.All(p => p.Code == "too_large");
        return TypedResults.Json(report, statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
    }

    /// <summary>The offline bundle of a ledger record, for whoever holds the document (its SHA-256 in <c>?document=</c>).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound<string>>> DownloadBundle(
        long index, string? document, [AsParameters] VerifierServices s, CancellationToken ct)
    {
        var json = document is { Length: 64 } ? await s.Verifier.BundleAsync(index, document, ct) : null;
        return json is null
            ? TypedResults.NotFound("no ledger record with that index for that document")
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"rto-ledger-bundle-{index}.json");
    }

    private static JsonHttpResult<VerifyReport> Refused(TimeProvider time, int status, string code, string message) =>
        TypedResults.Json(new VerifyReport(null, null, [new InputProblem(code, null, message)], [], null, time.GetUtcNow()), statusCode: status);
}

/// <summary>What the public verifier's endpoints need, bound with <c>[AsParameters]</c> (no session: the verifier is public).</summary>
/// <param name="Reader">Reads the uploaded files.</param>
/// <param name="Verifier">The public verifier.</param>
/// <param name="Options">Upload limits.</param>
/// <param name="Trust">The EDS trust settings (CMS limits).</param>
/// <param name="Time">The clock (report time).</param>
public sealed record VerifierServices(UploadReader Reader, PublicVerifier Verifier, IOptions<VerifierOptions> Options, Signing.EdsTrust Trust, TimeProvider Time);
