using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Consents;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Apis;

/// <summary>A.9: the subject signs the Appendix consent form; the platform verifies it and registers it with the ДҚБ stand-in.</summary>
public static class ConsentApi
{
    /// <summary>A signed consent form.</summary>
    public sealed record ConsentRequest(string Language, string Cms);

    /// <summary>The registered consent.</summary>
    public sealed record ConsentResponse(Guid ConsentId, string FormVersion, DateTimeOffset ValidUntil);

    /// <summary>Maps <c>POST /api/consents</c>.</summary>
    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/consents", GiveConsent).RequireAuthorization();
        return app;
    }

    /// <summary>Verifies the CAdES over the form in the chosen language, by the session's own IIN, with a signing key.</summary>
    public static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> GiveConsent(
        ConsentRequest request, HttpContext http, IConsentService consents, CadesVerifier verifier, EdsTrust trust,
        SignatureLedger ledger, PlatformDbContext db, CancellationToken ct)
    {
        var iin = PlatformClaims.IinOf(http.User)!;
        if (!Languages.IsSupportedCode(request.Language))
        {
            return TypedResults.Problem($"Unknown form language '{request.Language}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(request.Cms ?? "");
        }
        catch (FormatException)
        {
            return TypedResults.Problem("The signature is not base64.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = ConsentForm.Bytes(request.Language, http.User.Identity!.Name!, iin, trust.Options.KtkBin);
        var report = verifier.Verify(form, cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(iin))));
        if (!report.Passed || report.Signatures.Count != 1)
        {
            var why = report.Signatures.FirstOrDefault() is { } s ? VerificationText.Of(s) : "no signature";
            return TypedResults.Problem($"The consent signature was not accepted: {why}.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var consent = await consents.RegisterAsync(iin, ConsentPurposes.Application, $"{ConsentForm.Version}/{request.Language}", cms, ct);
        // A.9 + A.18: the verified consent goes to the ledger (PII-free record), receipt stored.
        await ledger.RecordAsync(RecordKind.ConsentGiven, LedgerSubjects.For("consent", consent.Id), form, cms, iin, "data-subject", consent.GrantedAt, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ConsentResponse(consent.Id, consent.FormVersion, consent.ValidUntil));
    }
}
