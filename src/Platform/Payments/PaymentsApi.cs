using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments;

/// <summary>
/// Payments over HTTP: the acquirer's callback (anonymous, authenticated by its signature), the payer's view and
/// payment document, and the sandbox acquirer's checkout actions (the payer pays or declines, also headless).
/// </summary>
public static class PaymentsApi
{
    /// <summary>Maps <c>/api/payments/…</c>.</summary>
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/callback", Callback).AllowAnonymous().DisableAntiforgery();
        var api = app.MapGroup("/api/payments").RequireAuthorization();
        api.MapGet("/{id:guid}", Get);
        api.MapGet("/{id:guid}/document", Document);
        api.MapPost("/{id:guid}/sandbox/pay", (Guid id, ClaimsPrincipal user, SandboxAcquirer acquirer, IOptions<PaymentsOptions> o, CancellationToken ct) =>
            Decide(id, user, acquirer, o, pay: true, ct));
        api.MapPost("/{id:guid}/sandbox/decline", (Guid id, ClaimsPrincipal user, SandboxAcquirer acquirer, IOptions<PaymentsOptions> o, CancellationToken ct) =>
            Decide(id, user, acquirer, o, pay: false, ct));
        return app;
    }

    /// <summary>The acquirer's signed callback (A.22).</summary>
    public static async Task<IResult> Callback(HttpRequest request, PaymentCallbackProcessor processor, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await request.Body.CopyToAsync(ms, ct);
        var outcome = await processor.ProcessAsync(ms.ToArray(), request.Headers[PaymentCallback.SignatureHeader].ToString(), ct);
        return outcome.Status == 200
            ? TypedResults.Ok(new { status = outcome.PaymentStatus?.ToString(), message = outcome.Message })
            : TypedResults.Problem(outcome.Message, statusCode: outcome.Status);
    }

    /// <summary>
    /// The payment (its payer, or an officer). With <paramref name="wait"/> (seconds, at most 30) the answer waits while the
    /// payment is unsettled — pending, or confirmed with its confirmation handlers still running (issue 17: a payer's client
    /// learns the acquirer's confirmation without polling); it comes at once when settled, or unchanged when the wait is over.
    /// </summary>
    public static async Task<Results<Ok<PaymentView>, NotFound, ProblemHttpResult>> Get(Guid id, int? wait, ClaimsPrincipal user, PlatformDbContext db,
        ChangeSignals signals, CancellationToken ct)
    {
        if (wait is < 0 or > 30) return TypedResults.Problem("wait is a number of seconds from 0 to 30.", statusCode: StatusCodes.Status400BadRequest);
        if (await FindAsync(id, user, db, ct) is not { } p) return TypedResults.NotFound();
        if (wait is not > 0 || Settled(p)) return TypedResults.Ok(PaymentView.From(p));
        var settled = await signals.WaitWhileAsync(id, TimeSpan.FromSeconds(wait.Value),
            c => db.Set<PaymentRecord>().AsNoTracking().SingleAsync(x => x.Id == id, c), x => !Settled(x), ct);
        return TypedResults.Ok(PaymentView.From(settled));

        static bool Settled(PaymentRecord x) => x.Status == PaymentStatus.Failed || (x.Status == PaymentStatus.Confirmed && x.HandlersDoneAt is not null);
    }

    /// <summary>The payment document (receipt), once confirmed.</summary>
    public static async Task<IResult> Document(Guid id, ClaimsPrincipal user, PlatformDbContext db, CancellationToken ct) =>
        await FindAsync(id, user, db, ct) is { PaymentDocument: { } doc } ? TypedResults.File(doc, "application/json", $"payment-{id}.json") : TypedResults.NotFound();

    private static async Task<IResult> Decide(Guid id, ClaimsPrincipal user, SandboxAcquirer acquirer, IOptions<PaymentsOptions> options, bool pay, CancellationToken ct)
    {
        if (!options.Value.Sandbox.Enabled) return TypedResults.NotFound();
        if (PlatformClaims.AccountOf(user) is not { } account) return TypedResults.Forbid();
        if (await acquirer.FindAsync(id, account, ct) is null) return TypedResults.NotFound();
        var error = await acquirer.DecideAsync(id, account, pay, ct);
        return error is null ? TypedResults.Accepted($"/api/payments/{id}") : TypedResults.Problem(error, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<PaymentRecord?> FindAsync(Guid id, ClaimsPrincipal user, PlatformDbContext db, CancellationToken ct)
    {
        var p = await db.Set<PaymentRecord>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var officer = user.IsInRole(CabinetPolicies.Officer) || user.IsInRole(CabinetPolicies.Head);
        return officer || PlatformClaims.AccountOf(user) == p.PayerAccountId ? p : null;
    }
}
