namespace RentToOwn.Platform.Housing.Import;

/// <summary>An import: how many flats were added (0 when anything was wrong) and every problem found.</summary>
/// <param name="Imported">Flats added.</param>
/// <param name="Offered">Approved applications that got an offer from the new flats.</param>
/// <param name="Errors">Row-level problems; when any, nothing was imported.</param>
public sealed record FlatImportResult(int Imported, int Offered, IReadOnlyList<FlatRowError> Errors);
