using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Localization;
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
        api.MapPost("/{id:guid}/sandbox/pay", Pay);
        api.MapPost("/{id:guid}/sandbox/decline", Decline);
        return app;
    }

    /// <summary>The acquirer's answer to a callback: the payment's status after it and a message.</summary>
    public sealed record CallbackAnswer(string? Status, string? Message);

    /// <summary>The acquirer's signed callback (A.22).</summary>
    public static async Task<Results<Ok<CallbackAnswer>, ProblemHttpResult>> Callback(HttpRequest request, PaymentCallbackProcessor processor, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await request.Body.CopyToAsync(ms, ct);
        var outcome = await processor.ProcessAsync(ms.ToArray(), request.Headers[PaymentCallback.SignatureHeader].ToString(), ct);
        return outcome.Status == 200
            ? TypedResults.Ok(new CallbackAnswer(outcome.PaymentStatus?.ToString(), outcome.Message))
            : TypedResults.Problem(outcome.Message, statusCode: outcome.Status);
    }

    /// <summary>
    /// The payment (its payer, or an officer). With <paramref name="wait"/> (seconds, at most 30) the answer waits while the
    /// payment is unsettled — pending, or confirmed with its confirmation handlers still running (issue 17: a payer's client
    /// learns the acquirer's confirmation without polling); it comes at once when settled, or unchanged when the wait is over.
    /// </summary>
    public static async Task<Results<Ok<PaymentView>, NotFound, ProblemHttpResult>> Get(Guid id, int? wait, [AsParameters] PaymentServices s,
        ChangeSignals signals, CancellationToken ct)
    {
        if (wait is < 0 or > 30) return InputRefusals.WaitSeconds.ToProblem();
        if (await s.FindAsync(id, ct) is not { } p) return TypedResults.NotFound();
        if (wait is not > 0 || Settled(p)) return TypedResults.Ok(PaymentView.From(p, await s.Db.ReceiptAsync(p.ReceiptId, ct)));
        var settled = await signals.WaitWhileAsync(id, TimeSpan.FromSeconds(wait.Value),
            c => s.Db.Set<PaymentRecord>().AsNoTracking().SingleAsync(x => x.Id == id, c), x => !Settled(x), ct);
        return TypedResults.Ok(PaymentView.From(settled, await s.Db.ReceiptAsync(settled.ReceiptId, ct)));

        static bool Settled(PaymentRecord x) => x.Status == PaymentStatus.Failed || (x.Status == PaymentStatus.Confirmed && x.HandlersDoneAt is not null);
    }

    /// <summary>The payment document (receipt), once confirmed.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Document(Guid id, [AsParameters] PaymentServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { PaymentDocument: { } doc } ? TypedResults.File(doc, "application/json", $"payment-{id}.json") : TypedResults.NotFound();

    /// <summary>The sandbox acquirer's "pay" button, for the payer.</summary>
    public static Task<Results<Accepted, NotFound, ProblemHttpResult>> Pay(Guid id, [AsParameters] PaymentServices s, CancellationToken ct) => Decide(id, s, pay: true, ct);

    /// <summary>The sandbox acquirer's "decline" button, for the payer.</summary>
    public static Task<Results<Accepted, NotFound, ProblemHttpResult>> Decline(Guid id, [AsParameters] PaymentServices s, CancellationToken ct) => Decide(id, s, pay: false, ct);

    private static async Task<Results<Accepted, NotFound, ProblemHttpResult>> Decide(Guid id, PaymentServices s, bool pay, CancellationToken ct)
    {
        if (!s.Options.Value.Sandbox.Enabled || s.Acquirer is null) return TypedResults.NotFound();
        var account = s.User.AccountId;
        if (await s.Acquirer.FindAsync(id, account, ct) is null) return TypedResults.NotFound();
        var decided = await s.Acquirer.DecideAsync(id, account, pay, ct);
        return decided.Succeeded ? TypedResults.Accepted($"/api/payments/{id}") : decided.ToProblem();
    }
}

/// <summary>What the payer's payment endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Db">The platform database.</param>
/// <param name="Acquirer">The sandbox acquirer (checkout actions); not registered when the sandbox is off (production).</param>
/// <param name="Options">Payment settings (is the sandbox on).</param>
/// <param name="User">The caller.</param>
public sealed record PaymentServices(PlatformDbContext Db, [FromServices] SandboxAcquirer? Acquirer, IOptions<PaymentsOptions> Options, CurrentUser User)
{
    /// <summary>The payment <paramref name="id"/> if the caller paid it or is KTK staff; else null.</summary>
    public async Task<PaymentRecord?> FindAsync(Guid id, CancellationToken ct)
    {
        var p = await Db.Set<PaymentRecord>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        return User.IsKtkStaff || User.AccountId == p.PayerAccountId ? p : null;
    }
}
