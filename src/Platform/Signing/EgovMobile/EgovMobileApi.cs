using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>
/// eGov mobile QR signing. The page opens a procedure for the step it would sign and polls it; the phone (eGov mobile, or
/// <c>rto egov-mobile sign</c> here) follows the QR: GET the description, GET the documents, PUT the CMS back. The page then
/// posts that CMS to the step's own endpoint (the same pipeline as the widget).
/// </summary>
public static class EgovMobileApi
{
    /// <summary>The page's request: the exact bytes the widget would sign, the name the phone shows, and what it is signed for (<see cref="EgovMobilePurposes"/>).</summary>
    public sealed record OpenRequest(string? Document, string? Name, string? Purpose = null);

    /// <summary>The login page's request: a challenge this browser holds.</summary>
    public sealed record OpenLoginRequest(string? Nonce);

    /// <summary>Maps <c>/api/egov-mobile/procedures…</c> and <c>/api/auth/egov-mobile…</c>.</summary>
    public static IEndpointRouteBuilder MapEgovMobileApi(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup("/api/egov-mobile/procedures").RequireAuthorization();
        page.MapPost("/", Open);
        page.MapGet("/{id:guid}", Status);

        // The phone: no session, the procedure's token (in the QR's URL, then as Bearer).
        var phone = app.MapGroup("/api/egov-mobile/procedures").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Verifier);
        phone.MapGet("/{id:guid}/description/{token}", Describe);
        phone.MapGet("/{id:guid}/documents", Documents);
        phone.MapPut("/{id:guid}/documents", PutSigned).DisableAntiforgery();

        // Login: under /api/auth so the pre-login cookie (Path=/api/auth) binds the procedure to this browser.
        var login = app.MapGroup("/api/auth/egov-mobile").RequireRateLimiting(RateLimitPolicies.Login);
        login.MapPost("/", OpenLogin);
        login.MapGet("/{id:guid}", LoginStatus);
        return app;
    }

    /// <summary>Opens a procedure over the caller's pending step's bytes.</summary>
    public static async Task<Results<Ok<OpenedProcedure>, ProblemHttpResult>> Open(OpenRequest request, CurrentUser user, [AsParameters] EgovMobileServices s,
        CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Document) is not { } document) return TypedResults.Problem("document is not base64.", statusCode: StatusCodes.Status400BadRequest);
        var (origin, unavailable) = s.Origin();
        if (unavailable is not null) return Unavailable(unavailable);
        return Result(await s.Procedures.OpenAsync(user.AccountId, request.Name, request.Purpose, document, origin!, ct));
    }

    /// <summary>The page's poll: waiting, signed (with the CMS to submit) or expired.</summary>
    public static async Task<Results<Ok<ProcedureStatus>, ProblemHttpResult>> Status(Guid id, CurrentUser user, [AsParameters] EgovMobileServices s, CancellationToken ct) =>
        Result(await s.Procedures.StatusAsync(id, s.ProcedureToken, user.AccountId, ct));

    /// <summary>Opens a procedure for a login challenge held by this browser's pre-login cookie.</summary>
    public static async Task<Results<Ok<OpenedProcedure>, ProblemHttpResult>> OpenLogin(OpenLoginRequest request, [AsParameters] EgovMobileServices s,
        PreLoginCookie cookie, EdsLogin login, CancellationToken ct)
    {
        var (origin, unavailable) = s.Origin();
        if (unavailable is not null) return Unavailable(unavailable);
        var nonce = request.Nonce ?? "";
        if (!cookie.Holds(s.Http, nonce))
        {
            return TypedResults.Problem("Login refused: this challenge was not issued to this browser (ask for a new one on the login page).",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (login.PendingText(nonce) is not { } text)
        {
            return TypedResults.Problem("This login challenge has expired or was used: ask for a new one.", statusCode: StatusCodes.Status409Conflict);
        }

        return Result(await s.Procedures.OpenLoginAsync(nonce, System.Text.Encoding.UTF8.GetBytes(text), origin!, ct));
    }

    /// <summary>The login page's poll; the browser must hold the procedure's nonce.</summary>
    public static async Task<Results<Ok<ProcedureStatus>, ProblemHttpResult>> LoginStatus(Guid id, [AsParameters] EgovMobileServices s, PreLoginCookie cookie,
        CancellationToken ct) =>
        Result(await s.Procedures.LoginStatusAsync(id, s.ProcedureToken, n => cookie.Holds(s.Http, n), ct));

    /// <summary>API 1: the description the QR's URL names.</summary>
    public static async Task<Results<Ok<ProcedureDescription>, ProblemHttpResult>> Describe(Guid id, string token, [AsParameters] EgovMobileServices s, CancellationToken ct) =>
        s.Origin() is { Origin: { } origin }
            ? Result(await s.Procedures.DescribeAsync(id, token, origin, ct))
            : Unavailable(s.Origin().Error!);

    /// <summary>API 2 GET: the documents to sign.</summary>
    public static async Task<Results<Ok<ProcedureDocuments>, ProblemHttpResult>> Documents(Guid id, [AsParameters] EgovMobileServices s, CancellationToken ct) =>
        s.Origin() is { Origin: { } origin }
            ? Result(await s.Procedures.DocumentsAsync(id, s.Bearer, origin, ct))
            : Unavailable(s.Origin().Error!);

    /// <summary>API 2 PUT: the signed documents (once, before expiry; bounded body).</summary>
    public static async Task<Results<Ok<string[]>, ProblemHttpResult>> PutSigned(Guid id, [AsParameters] EgovMobileServices s, CancellationToken ct)
    {
        var http = s.Http;
        var max = s.Options.Value.MaxSignedBodyBytes;
        if (http.Request.ContentLength > max) return TypedResults.Problem($"The body is larger than {max} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        ProcedureDocuments? signed;
        try
        {
            signed = await JsonSerializer.DeserializeAsync<ProcedureDocuments>(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The body is not the signed documents' JSON.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem($"The body is larger than {max} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var outcome = await s.Procedures.PutSignedAsync(id, s.Bearer, signed, ct);
        return outcome.Succeeded ? TypedResults.Ok(Array.Empty<string>()) : Problem(outcome);
    }

    private static ProblemHttpResult Unavailable(string error) =>
        TypedResults.Problem(error, statusCode: StatusCodes.Status503ServiceUnavailable, title: "eGov mobile signing");

    private static Results<Ok<T>, ProblemHttpResult> Result<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : Problem(new Outcome(outcome.Status, outcome.Error));

    private static ProblemHttpResult Problem(Outcome outcome) =>
        TypedResults.Problem(outcome.Error, statusCode: outcome.Status, title: "eGov mobile signing");
}

/// <summary>What the eGov mobile endpoints need, bound with <c>[AsParameters]</c> (the page's, the phone's and the login's alike).</summary>
/// <param name="Procedures">The signing procedures.</param>
/// <param name="Options">eGov mobile settings (public origin, body limit).</param>
/// <param name="Environment">The host environment (the request's host names links only outside Production).</param>
/// <param name="Http">The request.</param>
public sealed record EgovMobileServices(EgovMobileProcedures Procedures, IOptions<EgovMobileOptions> Options, IHostEnvironment Environment, HttpContext Http)
{
    /// <summary>The origin links name: the configured public origin; the request's Host header only outside Production (issue 14).</summary>
    public (string? Origin, string? Error) Origin() =>
        EgovMobileOrigin.Resolve(Options.Value.PublicBaseUrl, $"{Http.Request.Scheme}://{Http.Request.Host}{Http.Request.PathBase}", Environment.IsProduction());

    /// <summary>The procedure token a polling page sends (header <c>X-Procedure-Token</c>).</summary>
    public string ProcedureToken => Http.Request.Headers["X-Procedure-Token"].ToString();

    /// <summary>The phone's bearer token, or null.</summary>
    public string? Bearer =>
        Http.Request.Headers.Authorization.ToString() is { } h && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? h[7..].Trim() : null;
}
