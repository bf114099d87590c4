using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Housing.Import;

/// <summary>
/// A.5, A.17: an officer imports KTK's flats from CSV. All or nothing: any bad row, or a cadastral number already in
/// the stock, and nothing is imported (every problem reported with its line). Then waiting approved applications get offers.
/// </summary>
public sealed class FlatImporter(PlatformDbContext db, FlatOffers offers, IOptions<HousingOptions> options, TimeProvider time)
{
    /// <summary>The parser with the configured bounds.</summary>
    public FlatCsvParser Parser => new(options.Value.MaxImportBytes, options.Value.MaxImportRows);

    /// <summary>Imports <paramref name="csv"/>.</summary>
    public async Task<FlatImportResult> ImportAsync(byte[] csv, CancellationToken ct)
    {
        var parsed = Parser.Parse(csv);
        if (parsed.Errors.Count > 0) return new(0, 0, parsed.Errors);
        var result = await AddAsync(parsed.Rows, ct);
        if (result.Errors.Count > 0) return result;
        return result with { Offered = await offers.OfferToWaitingAsync(ct) };
    }

    /// <summary>Adds <paramref name="rows"/> unless one is in the stock already.</summary>
    public async Task<FlatImportResult> AddAsync(IReadOnlyList<FlatRow> rows, CancellationToken ct)
    {
        var numbers = rows.Select(r => r.CadastralNumber).ToList();
        var existing = (await db.Flats.AsNoTracking().Where(f => numbers.Contains(f.CadastralNumber)).Select(f => f.CadastralNumber).ToListAsync(ct)).ToHashSet();
        var errors = rows.Where(r => existing.Contains(r.CadastralNumber))
            .Select(r => new FlatRowError(r.Line, "cadastral_number", "csv.refused.already_in_stock", r.CadastralNumber)).ToList();
        if (errors.Count > 0) return new(0, 0, errors);

        var (importId, now) = (Guid.NewGuid(), time.GetUtcNow());
        db.Flats.AddRange(rows.Select(r => new Flat
        {
            Id = Guid.NewGuid(), CadastralNumber = r.CadastralNumber, Address = r.Address, City = r.City, TotalArea = r.TotalArea,
            LivingArea = r.LivingArea, Rooms = r.Rooms, PriceKzt = r.PriceKzt, State = FlatState.Free, ImportId = importId, ImportedAt = now,
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new(0, 0, [new FlatRowError(0, "cadastral_number", "csv.refused.concurrent_import")]);
        }

        return new(rows.Count, 0, []);
    }
}
