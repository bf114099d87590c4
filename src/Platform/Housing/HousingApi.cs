using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Housing.Import;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Housing;

/// <summary>
/// A.5, A.17: KTK's housing stock (officers import and list flats) and the flat offer of an approved application
/// (the tenant accepts it — the contract is drafted on that flat — or declines it).
/// </summary>
public static class HousingApi
{
    /// <summary>A flat of the stock as the officer sees it.</summary>
    public sealed record FlatView(Guid Id, string CadastralNumber, string Address, string City, decimal TotalArea, decimal LivingArea,
        int Rooms, long PriceKzt, string State, Guid? HolderApplicationId);

    /// <summary>Maps <c>/api/housing/flats</c> (officer) and <c>/api/housing/offers</c> (tenant).</summary>
    public static IEndpointRouteBuilder MapHousingApi(this IEndpointRouteBuilder app)
    {
        var flats = app.MapGroup("/api/housing/flats").RequireAuthorization(CabinetPolicies.Officer);
        flats.MapGet("", ListFlats);
        flats.MapPost("/import", Import);

        var offers = app.MapGroup("/api/housing/offers").RequireAuthorization(CabinetPolicies.Tenant);
        offers.MapGet("/mine", Mine);
        offers.MapPost("/{id:guid}/accept", Accept);
        offers.MapPost("/{id:guid}/decline", Decline);
        return app;
    }

    /// <summary>The stock, optionally of one <paramref name="state"/> (at most 500 flats, by cadastral number).</summary>
    public static async Task<Results<Ok<List<FlatView>>, ProblemHttpResult>> ListFlats(string? state, [AsParameters] HousingServices s, CancellationToken ct)
    {
        FlatState? only = null;
        if (state is not null)
        {
            if (!Enum.TryParse<FlatState>(state, true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Outcome.Refused(StatusCodes.Status400BadRequest, "housing.refused.unknown_state", state).ToProblem();
            }

            only = parsed;
        }

        var list = await s.Db.Flats.AsNoTracking().Where(f => only == null || f.State == only).OrderBy(f => f.CadastralNumber).Take(500)
            .Select(f => new FlatView(f.Id, f.CadastralNumber, f.Address, f.City, f.TotalArea, f.LivingArea, f.Rooms, f.PriceKzt, f.State.ToString(), f.HolderApplicationId))
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    /// <summary>
    /// Imports the CSV in the request body (text/csv). 200 with the count; 400 with every row error (nothing imported);
    /// 413 over <c>Housing:MaxImportBytes</c> (read no further than the limit).
    /// </summary>
    public static async Task<Results<Ok<FlatImportResult>, BadRequest<FlatImportResult>, ProblemHttpResult>> Import(HttpRequest request,
        [AsParameters] HousingServices s, CancellationToken ct)
    {
        var max = s.Options.Value.MaxImportBytes;
        if (request.ContentLength > max) return TooLarge(max);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return TooLarge(max);
            buffer.Write(chunk, 0, read);
        }

        var result = await s.Importer.ImportAsync(buffer.ToArray(), ct);
        return result.Errors.Count > 0 ? TypedResults.BadRequest(result) : TypedResults.Ok(result);

        static ProblemHttpResult TooLarge(int max) =>
            InputRefusals.FileTooLarge(max).ToProblem();
    }

    /// <summary>The caller's flat offer (404 when the caller has no approved application).</summary>
    public static async Task<Results<Ok<FlatOfferView>, NotFound>> Mine([AsParameters] HousingServices s, CancellationToken ct) =>
        await s.Offers.MineAsync(s.Iin, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    /// <summary>A.17: accepts the offer; the contract is drafted on the flat (404 not the caller's, 409 answered already).</summary>
    public static async Task<Results<Ok<FlatOfferView>, ProblemHttpResult>> Accept(Guid id, [AsParameters] HousingServices s, CancellationToken ct) =>
        Answer(await s.Answers.AcceptAsync(s.Iin, id, ct));

    /// <summary>Declines the offer; the answer is the next offer (or WaitingForFlat).</summary>
    public static async Task<Results<Ok<FlatOfferView>, ProblemHttpResult>> Decline(Guid id, [AsParameters] HousingServices s, CancellationToken ct) =>
        Answer(await s.Answers.DeclineAsync(s.Iin, id, ct));

    private static Results<Ok<FlatOfferView>, ProblemHttpResult> Answer(Outcome<FlatOfferView> r) =>
        r.Succeeded ? TypedResults.Ok(r.Value!) : r.ToProblem();
}
