using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term;

/// <summary>
/// The term's JSON API (<c>/api/term</c>): statements, installments and early buyout through the payment provider, the
/// closing (A.29–A.31) and the seed-000 terminations. A lease is visible to its tenant and to KTK staff only; anyone
/// else gets 404. Officer-only and head-only routes answer 403 to other cabinets.
/// </summary>
public static class TermApi
{
    /// <summary>A detached CAdES (base64) over a document's exact bytes; <c>ground</c> for a voluntary termination.</summary>
    public sealed record SignatureRequest(string? Cms, string? Ground = null);

    /// <summary>One lease in a list.</summary>
    public sealed record LeaseSummary(Guid LeaseId, string Number, string TenantName, bool Active, int PaidPeriods, int Periods, long ArrearsTiyn,
        int OverduePeriods, int MaxDaysOverdue, bool PurchaseCompleted, string? ClosingState);

    /// <summary>A termination without purchase (no file bytes).</summary>
    public sealed record TerminationView(Guid Id, string Kind, string Ground, string? CourtName, string? CaseNumber, DateOnly? DecisionDate,
        string? DecisionFileName, string? DecisionContentType, string DocumentSha256, bool Accepted, DateTimeOffset RecordedAt, DateTimeOffset? AcceptedAt,
        DateOnly? DecisionInForceOn = null, DateTimeOffset? CourtVerifiedAt = null, IReadOnlyList<RentToOwn.Platform.Courts.FamilyMember>? ConsideredFamily = null);

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapTermApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/term").RequireAuthorization();
        g.MapGet("/leases", Leases);
        g.MapGet("/refunds", Refunds).RequireAuthorization(CabinetPolicies.Officer);
        g.MapPost("/refunds/{adjustmentId:guid}", Refund).RequireAuthorization(CabinetPolicies.Officer);
        g.MapGet("/{id:guid}/adjustments", Adjustments);
        g.MapGet("/{id:guid}", Statement);
        g.MapGet("/{id:guid}/buyout", Buyout);
        g.MapGet("/{id:guid}/schedule/pdf", SchedulePdf);
        g.MapGet("/{id:guid}/statement/pdf", StatementPdf);
        g.MapPost("/{id:guid}/installments/{period:int}/payments", PayInstallment).RequireAuthorization(CabinetPolicies.Tenant);
        g.MapPost("/{id:guid}/buyout/payments", PayBuyout).RequireAuthorization(CabinetPolicies.Tenant);
        g.MapGet("/{id:guid}/closing", Closing);
        g.MapPost("/{id:guid}/closing", Initiate).RequireAuthorization(CabinetPolicies.Officer);
        g.MapGet("/{id:guid}/closing/letter/pdf", LetterPdf);
        g.MapGet("/{id:guid}/closing/transfer/pdf", TransferPdf);
        g.MapGet("/{id:guid}/closing/{document}/signatures/{step:int}/cms", Cms);
        g.MapPost("/{id:guid}/closing/letter/signature", SignLetter).RequireAuthorization(CabinetPolicies.Head);
        g.MapPost("/{id:guid}/closing/transfer/signatures", SignTransfer);
        g.MapPost("/{id:guid}/closing/applications", FileApplications).RequireAuthorization(CabinetPolicies.Officer);
        g.MapGet("/{id:guid}/terminations", TerminationList);
        g.MapGet("/{id:guid}/terminations/voluntary/request", VoluntaryRequest);
        g.MapPost("/{id:guid}/terminations/voluntary", Voluntary);
        g.MapPost("/{id:guid}/terminations/involuntary", Involuntary).RequireAuthorization(CabinetPolicies.Officer).DisableAntiforgery();
        g.MapPost("/{id:guid}/terminations/{terminationId:guid}/signature", CertifyDecision).RequireAuthorization(CabinetPolicies.Officer);
        return app;
    }

    /// <summary>The caller's leases (tenant) or every lease (KTK staff), with payment status and arrears.</summary>
    public static async Task<Ok<List<LeaseSummary>>> Leases([AsParameters] TermServices s, CancellationToken ct)
    {
        var list = s.User.IsKtkStaff ? await s.Leases.AllAsync(ct) : await s.Leases.OfTenantAsync(s.User.Principal, ct);
        var result = new List<LeaseSummary>();
        foreach (var l in list)
        {
            var st = await s.Statements.StatementAsync(l, ct);
            var c = await s.Closings.ViewAsync(l, ct);
            result.Add(new LeaseSummary(l.Id, l.Number, l.TenantName, st.Active, st.PaidPeriods, st.Periods.Count, st.ArrearsTiyn, st.OverduePeriods, st.MaxDaysOverdue,
                st.PurchaseCompleted, c?.State));
        }

        return TypedResults.Ok(result);
    }

    /// <summary>KTK: over-payments due back to tenants (<c>?all=true</c>: every credit and refund decision).</summary>
    public static async Task<Ok<List<TermAdjustmentView>>> Refunds(bool? all, [AsParameters] TermServices s, CancellationToken ct) =>
        TypedResults.Ok(await s.Refunds.ListAsync(null, refundsDueOnly: all != true, ct));

    /// <summary>KTK: the provider refunds a due over-payment (audited, ledger PaymentAdjusted).</summary>
    public static async Task<Results<Ok<TermAdjustmentView>, NotFound, ProblemHttpResult>> Refund(Guid adjustmentId, [AsParameters] TermServices s, CancellationToken ct) =>
        Answer(await s.Refunds.RefundAsync(adjustmentId, s.User.AccountId, s.User.Iin, ct));

    /// <summary>The lease's over-payment decisions: credits and refunds (its tenant or KTK staff).</summary>
    public static async Task<Results<Ok<List<TermAdjustmentView>>, NotFound>> Adjustments(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } lease ? TypedResults.Ok(await s.Refunds.ListAsync(lease.Id, refundsDueOnly: false, ct)) : TypedResults.NotFound();

    /// <summary>The statement: every period with what is due, paid and overdue.</summary>
    public static async Task<Results<Ok<TermStatement>, NotFound>> Statement(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } lease ? TypedResults.Ok(await s.Statements.StatementAsync(lease, ct)) : TypedResults.NotFound();

    /// <summary>Issue 14: the schedule as a PDF in <paramref name="lang"/> (kk default, ru); its tenant or KTK staff, anyone else 404.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> SchedulePdf(Guid id, string? lang, [AsParameters] TermServices s, TermStatementPdf pdf,
        CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        var language = RentToOwn.Platform.Verification.Sheets.SheetTexts.Language(lang);
        var bytes = pdf.Schedule(await s.Statements.StatementAsync(lease, ct), lease.TenantName, language);
        return TypedResults.File(bytes, "application/pdf", $"schedule-{lease.Number.Replace('/', '-')}-{language}.pdf");
    }

    /// <summary>Issue 14: the payment statement as of today (Kazakhstan date) as a PDF in <paramref name="lang"/> (kk default, ru).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> StatementPdf(Guid id, string? lang, [AsParameters] TermServices s, TermStatementPdf pdf,
        CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        var language = RentToOwn.Platform.Verification.Sheets.SheetTexts.Language(lang);
        var statement = await s.Statements.StatementAsync(lease, ct);
        var payments = (await s.Statements.PaymentsAsync(lease.Id, ct))
            .OrderBy(p => p.PaidAt).ThenBy(p => p.Id)
            .Select(p => new StatementPayment(p.PaidAt, p.Purpose, p.Period, p.AmountTiyn, p.AppliedTiyn, p.ProviderReference)).ToList();
        var bytes = pdf.Statement(statement, payments, lease.TenantName, language);
        return TypedResults.File(bytes, "application/pdf", $"statement-{lease.Number.Replace('/', '-')}-{statement.Today:yyyy-MM-dd}-{language}.pdf");
    }

    /// <summary>A.29: today's early-buyout amount.</summary>
    public static async Task<Results<Ok<BuyoutView>, NotFound, ProblemHttpResult>> Buyout(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } lease ? Answer(await s.Payments.BuyoutAsync(lease, ct)) : TypedResults.NotFound();

    /// <summary>Orders the payment of one period (the tenant only; oldest unpaid first).</summary>
    public static async Task<Results<Ok<PaymentStarted>, NotFound, ProblemHttpResult>> PayInstallment(Guid id, int period, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.TenantLeaseAsync(id, ct) is { } lease ? Answer(await s.Payments.PayInstallmentAsync(lease, s.User.AccountId, period, ct)) : TypedResults.NotFound();

    /// <summary>A.29: orders the early-buyout payment (the tenant only).</summary>
    public static async Task<Results<Ok<PaymentStarted>, NotFound, ProblemHttpResult>> PayBuyout(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.TenantLeaseAsync(id, ct) is { } lease ? Answer(await s.Payments.PayBuyoutAsync(lease, s.User.AccountId, ct)) : TypedResults.NotFound();

    /// <summary>The closing with its signatures and the applications' statuses.</summary>
    public static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> Closing(Guid id, [AsParameters] TermServices s, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        return await s.Closings.ViewAsync(lease, ct) is { } view
            ? TypedResults.Ok(view)
            : Outcome.Refused(StatusCodes.Status404NotFound, "term.refused.closing_not_initiated").ToProblem();
    }

    /// <summary>A.29: the KTK officer initiates the closing after a completed purchase (renders the letter and the transfer contract).</summary>
    public static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> Initiate(Guid id, [AsParameters] TermServices s, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        return await ClosingAnswerAsync(s, lease, await s.Closings.InitiatePurchaseAsync(lease, s.User.AccountId, ct), ct);
    }

    /// <summary>The closing letter PDF.</summary>
    public static Task<Results<FileContentHttpResult, NotFound>> LetterPdf(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        ClosingFileAsync(id, s, ClosingDocumentKind.Letter, ct);

    /// <summary>The transfer contract PDF.</summary>
    public static Task<Results<FileContentHttpResult, NotFound>> TransferPdf(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        ClosingFileAsync(id, s, ClosingDocumentKind.Transfer, ct);

    /// <summary>KTK's head signs the letter (verified, ledger LetterSigned).</summary>
    public static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> SignLetter(Guid id, SignatureRequest request, [AsParameters] TermServices s,
        CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        return await ClosingAnswerAsync(s, lease, await s.Closings.SignLetterAsync(lease, s.User.Iin, cms, ct), ct);
    }

    /// <summary>The tenant, then KTK's head, sign the transfer contract.</summary>
    public static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> SignTransfer(Guid id, SignatureRequest request, [AsParameters] TermServices s,
        CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var r = await s.Closings.SignTransferAsync(lease, s.User.Iin, TermLeases.IsTenantOf(s.User.Principal, lease), s.User.IsHead, cms, ct);
        return await ClosingAnswerAsync(s, lease, r, ct);
    }

    /// <summary>A.29: files the termination and (after a purchase) the ownership application.</summary>
    public static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> FileApplications(Guid id, [AsParameters] TermServices s, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        return await ClosingAnswerAsync(s, lease, await s.Closings.FileAsync(lease, s.User.AccountId, ct), ct);
    }

    /// <summary>The CMS accepted over a closing document (for the public verifier).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Cms(Guid id, string document, int step, [AsParameters] TermServices s, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease || await s.Closings.OfLeaseAsync(lease.Id, ct) is not { } c) return TypedResults.NotFound();
        if (!Enum.TryParse<ClosingDocumentKind>(document, ignoreCase: true, out var kind)) return TypedResults.NotFound();
        var sig = c.Signatures.SingleOrDefault(x => x.Document == kind && x.Step == step);
        return sig is null ? TypedResults.NotFound() : TypedResults.File(sig.Cms, "application/pkcs7-signature", $"{c.LetterNumber.Replace('/', '-')}.{kind.ToString().ToLowerInvariant()}.{step}.cms");
    }

    /// <summary>The terminations recorded for the lease.</summary>
    public static async Task<Results<Ok<List<TerminationView>>, NotFound>> TerminationList(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } lease
            ? TypedResults.Ok((await s.Terminations.OfLeaseAsync(lease.Id, ct)).Select(View).ToList())
            : TypedResults.NotFound();

    /// <summary>The exact bytes the tenant signs to end the lease voluntarily.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> VoluntaryRequest(Guid id, [AsParameters] TermServices s, CancellationToken ct) =>
        await s.FindAsync(id, ct) is { } lease
            ? TypedResults.File(ClosingDocuments.VoluntaryRequest(lease), "text/plain; charset=utf-8", $"{lease.Number.Replace('/', '-')}-termination-request.txt")
            : TypedResults.NotFound();

    /// <summary>Seed 000: a voluntary termination, accepted only with the tenant's own EDS signature over the request.</summary>
    public static async Task<Results<Ok<TerminationView>, NotFound, ProblemHttpResult>> Voluntary(Guid id, SignatureRequest request, [AsParameters] TermServices s,
        CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        return TerminationAnswer(await s.Terminations.VoluntaryAsync(lease, s.User.AccountId, cms, request.Ground, ct));
    }

    /// <summary>
    /// Seed 000, step 1 of an involuntary termination (officer): multipart fields <c>courtName</c>, <c>caseNumber</c>,
    /// <c>decisionDate</c> (yyyy-MM-dd), <c>ground</c> and the file <c>decision</c>, with the anti-forgery token. Refused
    /// without a complete court decision record.
    /// </summary>
    public static async Task<Results<Ok<TerminationView>, NotFound, ProblemHttpResult>> Involuntary(Guid id, HttpContext http, [AsParameters] TermServices s,
        IAntiforgery antiforgery, IOptions<TermOptions> options, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        if (!http.Request.HasFormContentType) return Outcome.Refused(400, "term.refused.court_form", Terminations.CourtRule).ToProblem();
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return InputRefusals.UploadUnreadable(e.Message).ToProblem();
        }

        if (!await antiforgery.IsRequestValidAsync(http)) return InputRefusals.Antiforgery.ToProblem();
        var file = form.Files.GetFile("decision");
        var tooLarge = file is not null && file.Length > options.Value.MaxCourtDecisionBytes;
        byte[]? bytes = null;
        if (file is not null && !tooLarge)
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }

        return TerminationAnswer(await s.Terminations.RecordCourtDecisionAsync(lease, s.User.AccountId,
            new CourtDecisionInput(form["courtName"], form["caseNumber"], form["decisionDate"], form["ground"], file?.FileName, bytes, tooLarge), ct));
    }

    /// <summary>Seed 000, step 2: the officer's EDS over the decision file accepts the termination and starts the closing.</summary>
    public static async Task<Results<Ok<TerminationView>, NotFound, ProblemHttpResult>> CertifyDecision(Guid id, Guid terminationId, SignatureRequest request,
        [AsParameters] TermServices s, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease) return TypedResults.NotFound();
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        return TerminationAnswer(await s.Terminations.CertifyCourtDecisionAsync(lease, terminationId, s.User.AccountId, s.User.Iin, cms, ct));
    }

    private static async Task<Results<Ok<ClosingView>, NotFound, ProblemHttpResult>> ClosingAnswerAsync(TermServices s, LeaseRecord lease, Outcome<LeaseClosing> r, CancellationToken ct) =>
        r.Succeeded ? TypedResults.Ok((await s.Closings.ViewAsync(lease, ct))!) : r.ToProblem();

    private static Results<Ok<TerminationView>, NotFound, ProblemHttpResult> TerminationAnswer(Outcome<TerminationRecord> r) =>
        r.Succeeded ? TypedResults.Ok(View(r.Value!)) : r.ToProblem();

    private static async Task<Results<FileContentHttpResult, NotFound>> ClosingFileAsync(Guid id, TermServices s, ClosingDocumentKind kind, CancellationToken ct)
    {
        if (await s.FindAsync(id, ct) is not { } lease || await s.Closings.OfLeaseAsync(lease.Id, ct) is not { } c) return TypedResults.NotFound();
        var bytes = kind == ClosingDocumentKind.Letter ? c.LetterPdf : c.TransferPdf;
        return bytes is null ? TypedResults.NotFound() : TypedResults.File(bytes, "application/pdf", $"{c.LetterNumber.Replace('/', '-')}.{kind.ToString().ToLowerInvariant()}.pdf");
    }

    private static TerminationView View(TerminationRecord t) => new(t.Id, t.Kind.ToString(), t.Ground, t.CourtName, t.CaseNumber, t.DecisionDate, t.DecisionFileName,
        t.DecisionContentType, t.DocumentSha256, t.AcceptedAt is not null, t.RecordedAt, t.AcceptedAt,
        t.DecisionInForceOn, t.CourtVerifiedAt, RentToOwn.Platform.Courts.ConsideredFamilyText.Read(t.ConsideredFamily)); // seed 000: minors first

    private static Results<Ok<T>, NotFound, ProblemHttpResult> Answer<T>(Outcome<T> r) =>
        r.Succeeded ? TypedResults.Ok(r.Value!) : r.ToProblem();

}
