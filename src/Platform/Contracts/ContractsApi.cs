using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17–A.18: the contract of an approved application — its PDF, schedules, early-buyout quote and the parties'
/// signatures in order. Every route answers only the contract's own parties; anyone else gets 404.
/// </summary>
public static class ContractsApi
{
    /// <summary>A detached CAdES (base64) over the exact contract PDF bytes.</summary>
    public sealed record SignatureRequest(string Cms);

    /// <summary>One accepted signature with its ledger receipt.</summary>
    public sealed record SignatureView(int Step, string Role, DateTimeOffset SignedAt, long LeafIndex, JsonNode? Receipt);

    /// <summary>The contract as its parties see it.</summary>
    public sealed record ContractView(Guid Id, string Number, Guid? ApplicationId, string? ContractSha256, long PriceTiyn,
        decimal AnnualRatePercent, int TermMonths, DateOnly StartDate, long MonthlyPaymentTiyn, int RequiredSignatures,
        string? NextSigner, IReadOnlyList<SignatureView> Signatures);

    /// <summary>A.17: the preliminary payment and tax schedules.</summary>
    public sealed record SchedulesView(PaymentSchedule Payments, IReadOnlyList<TaxScheduleRow> Taxes);

    /// <summary>Maps the <c>/api/contracts</c> routes (any logged-in party).</summary>
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/contracts").RequireAuthorization();
        g.MapGet("", List);
        g.MapGet("/{id:guid}", Get);
        g.MapGet("/{id:guid}/pdf", Pdf);
        g.MapGet("/{id:guid}/schedules", Schedules);
        g.MapGet("/{id:guid}/buyout", Buyout);
        g.MapGet("/{id:guid}/signatures/{step:int}/cms", Cms);
        g.MapPost("/{id:guid}/signatures", Sign);
        return app;
    }

    /// <summary>The caller's contracts.</summary>
    public static async Task<Ok<List<ContractView>>> List([AsParameters] ContractServices services, CancellationToken ct)
    {
        var views = new List<ContractView>();
        foreach (var lease in await services.Signing.MineAsync(services.Iin, services.IsHead, ct))
        {
            views.Add(await ViewAsync(lease, services.Signing, ct));
        }

        return TypedResults.Ok(views);
    }

    /// <summary>One contract with its signatures and receipts.</summary>
    public static async Task<Results<Ok<ContractView>, NotFound>> Get(Guid id, [AsParameters] ContractServices services, CancellationToken ct) =>
        await services.FindAsync(id, ct) is { } lease
            ? TypedResults.Ok(await ViewAsync(lease, services.Signing, ct))
            : TypedResults.NotFound();

    /// <summary>The exact contract PDF bytes that are signed.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Pdf(Guid id, [AsParameters] ContractServices services, CancellationToken ct) =>
        await services.FindAsync(id, ct) is { ContractPdf: { } pdf } lease
            ? TypedResults.File(pdf, "application/pdf", $"{lease.Number}.pdf")
            : TypedResults.NotFound();

    /// <summary>A.17: payment and tax schedules.</summary>
    public static async Task<Results<Ok<SchedulesView>, NotFound>> Schedules(Guid id, [AsParameters] ContractServices services, CancellationToken ct)
    {
        if (await services.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        var payments = ContractSchedules.Payments(lease);
        return TypedResults.Ok(new SchedulesView(payments, services.Schedules.Taxes(payments)));
    }

    /// <summary>A.29: early-buyout quote on <paramref name="date"/> (default today).</summary>
    public static async Task<Results<Ok<BuyoutQuote>, NotFound, ProblemHttpResult>> Buyout(Guid id, DateOnly? date, [AsParameters] ContractServices services, CancellationToken ct)
    {
        if (await services.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        var on = date ?? DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime);
        try
        {
            return TypedResults.Ok(ContractSchedules.Buyout(lease, on));
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The CMS accepted at <paramref name="step"/> (for the public verifier).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Cms(Guid id, int step, [AsParameters] ContractServices services, CancellationToken ct)
    {
        if (await services.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        var sig = (await services.Signing.SignaturesAsync(id, ct)).SingleOrDefault(s => s.Step == step);
        return sig is null ? TypedResults.NotFound() : TypedResults.File(sig.Cms, "application/pkcs7-signature", $"{lease.Number}.{step}.p7s");
    }

    /// <summary>A.18: verifies and stores the caller's signature, in order; a refusal says why (409 when the step is signed already).</summary>
    public static async Task<Results<Ok<ContractView>, NotFound, ProblemHttpResult>> Sign(Guid id, SignatureRequest request, [AsParameters] ContractServices services,
        CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        if (await services.FindAsync(id, ct) is null) return TypedResults.NotFound();
        var r = await services.Signing.SignAsync(services.Iin, services.IsHead, id, cms, ct);
        // A.18: a step signed already (or by a concurrent submission of the same step) is a conflict (409); otherwise 422.
        if (!r.Succeeded) return r.ToProblem();
        return TypedResults.Ok(await ViewAsync((await services.FindAsync(id, ct))!, services.Signing, ct));
    }

    private static async Task<ContractView> ViewAsync(LeaseRecord lease, ContractSigning signing, CancellationToken ct)
    {
        var sigs = await signing.SignaturesAsync(lease.Id, ct);
        var receipts = await signing.ReceiptsAsync(sigs, ct);
        var required = ContractSigners.Count(lease);
        var payments = ContractSchedules.Payments(lease);
        return new ContractView(lease.Id, lease.Number, lease.ApplicationId, lease.ContractSha256, lease.PriceTiyn, lease.AnnualRatePercent,
            lease.TermMonths, lease.StartDate, payments.MonthlyPayment.Tiyn, required,
            sigs.Count < required ? ContractSigning.Describe(lease, sigs.Count) : null,
            sigs.Select(s => new SignatureView(s.Step, s.Role, s.SignedAt, receipts.TryGetValue(s.ReceiptId, out var r) ? r.LeafIndex : -1,
                receipts.TryGetValue(s.ReceiptId, out var rr) ? JsonNode.Parse(rr.ReceiptJson) : null)).ToList());
    }
}
