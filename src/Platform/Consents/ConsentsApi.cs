using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// A.9, Appendix: the subject reads the consent form (with its random form number), signs it, sees their consents and
/// withdraws one (issue 16 §5). Only the caller's own consents; all state changes through the signing pipeline.
/// </summary>
public static class ConsentsApi
{
    /// <summary>A signed consent form or withdrawal.</summary>
    public sealed record ConsentRequest(string Language, string Cms);

    /// <summary>The registered consent.</summary>
    public sealed record ConsentResponse(Guid ConsentId, string FormVersion, DateTimeOffset ValidUntil);

    /// <summary>A text to sign: the text, its bytes (base64) and where to post the signature.</summary>
    public sealed record FormToSign(string Text, string Document, string SubmitUrl);

    /// <summary>One of the caller's consents.</summary>
    public sealed record ConsentSummary(Guid Id, string Purpose, string FormVersion, DateTimeOffset GrantedAt, DateTimeOffset ValidUntil,
        DateTimeOffset? WithdrawnAt, bool Live, long? WithdrawalLeafIndex);

    /// <summary>Maps <c>/api/consents</c>.</summary>
    public static IEndpointRouteBuilder MapConsentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/consents").RequireAuthorization();
        api.MapGet("/", Mine);
        api.MapGet("/form", Form);
        api.MapPost("/", GiveConsent);
        api.MapGet("/{id:guid}/withdrawal", WithdrawalForm);
        api.MapPost("/{id:guid}/withdrawal", Withdraw);
        return app;
    }

    /// <summary>The caller's consents, newest first.</summary>
    public static async Task<Ok<List<ConsentSummary>>> Mine([AsParameters] ConsentServices s, CancellationToken ct)
    {
        var now = s.Time.GetUtcNow();
        var list = await s.Consents.ConsentsOfAsync(s.Iin, ct);
        var receipts = await s.Db.ReceiptsAsync(list.Select(c => c.WithdrawalReceiptId), ct);
        return TypedResults.Ok(list.Select(c => new ConsentSummary(c.Id, c.Purpose, c.FormVersion, c.GrantedAt, c.ValidUntil, c.RevokedAt,
            c.IsLiveAt(now), receipts.Of(c.WithdrawalReceiptId)?.LeafIndex)).ToList());
    }

    /// <summary>A new A.9 form for the caller in <paramref name="language"/>, with a fresh form number.</summary>
    public static Results<Ok<FormToSign>, ProblemHttpResult> Form(string? language, [AsParameters] ConsentServices s)
    {
        language ??= Languages.Current;
        if (!Languages.IsSupportedCode(language)) return UnknownLanguage(language);
        var form = s.Forms.Issue(s.Iin, s.Name, language);
        return TypedResults.Ok(new FormToSign(form.Text, Convert.ToBase64String(form.Bytes), form.SubmitUrl));
    }

    /// <summary>
    /// Verifies the CAdES over the form issued with <paramref name="form"/> (the token in the submit URL), by the session's
    /// own IIN, with a signing key.
    /// </summary>
    public static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> GiveConsent(
        ConsentRequest request, string? form, [AsParameters] ConsentServices s, CancellationToken ct)
    {
        var iin = s.Iin;
        if (!Languages.IsSupportedCode(request.Language)) return UnknownLanguage(request.Language);
        if (s.Forms.SaltOf(form, iin, request.Language) is not { } salt)
        {
            return Outcome.Refused(StatusCodes.Status400BadRequest, "consents.refused.form_not_issued").ToProblem();
        }

        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var bytes = ConsentForm.Bytes(request.Language, s.Name, iin, s.Forms.Parties, salt);
        var signed = new SignedConsentForm(ConsentPurposes.Application, $"{ConsentForm.Version}/{request.Language}", bytes, salt, cms);
        var given = await s.Signing.GiveAsync(iin, signed, ct, "signing.name.consent");
        if (!given.Succeeded) return given.ToProblem();
        await s.Db.SaveChangesAsync(ct);
        var consent = given.Value.Consent;
        return TypedResults.Ok(new ConsentResponse(consent.Id, consent.FormVersion, consent.ValidUntil));
    }

    /// <summary>The withdrawal text of the caller's consent <paramref name="id"/> (404 for anyone else's).</summary>
    public static async Task<Results<Ok<FormToSign>, ProblemHttpResult>> WithdrawalForm(Guid id, string? language, [AsParameters] ConsentServices s,
        CancellationToken ct)
    {
        language ??= Languages.Current;
        if (!Languages.IsSupportedCode(language)) return UnknownLanguage(language);
        if (await s.Withdrawal.FindAsync(s.Iin, id, ct) is not { } consent)
        {
            return Outcome.Refused(StatusCodes.Status404NotFound, "consents.refused.no_consent").ToProblem();
        }

        var text = ConsentWithdrawalText.For(language, consent);
        return TypedResults.Ok(new FormToSign(text, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)), $"/api/consents/{id}/withdrawal"));
    }

    /// <summary>Issue 16 §5: withdraws the caller's consent <paramref name="id"/> with their signature over the withdrawal text.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(Guid id, ConsentRequest request, [AsParameters] ConsentServices s,
        CancellationToken ct)
    {
        if (!Languages.IsSupportedCode(request.Language)) return UnknownLanguage(request.Language);
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var outcome = await s.Withdrawal.WithdrawAsync(s.Iin, id, request.Language, cms, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    private static ProblemHttpResult UnknownLanguage(string? language) => InputRefusals.FormLanguage(language).ToProblem();
}

/// <summary>What the consent endpoints need, bound with <c>[AsParameters]</c>; only the caller's own consents.</summary>
/// <param name="Consents">The caller's consents.</param>
/// <param name="Forms">Issued A.9 forms (their random numbers).</param>
/// <param name="Signing">A.9 consent through the signing pipeline.</param>
/// <param name="Withdrawal">Issue 16 §5 withdrawals.</param>
/// <param name="Db">The platform database.</param>
/// <param name="Time">The clock.</param>
/// <param name="User">The caller.</param>
public sealed record ConsentServices(IConsentService Consents, ConsentForms Forms, ConsentSigning Signing, ConsentWithdrawal Withdrawal,
    PlatformDbContext Db, TimeProvider Time, CurrentUser User)
{
    /// <summary>The caller's IIN.</summary>
    public string Iin => User.Iin;

    /// <summary>The caller's name as on their certificate.</summary>
    public string Name => User.Principal.Identity!.Name!;
}
