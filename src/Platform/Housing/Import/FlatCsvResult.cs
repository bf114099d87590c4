namespace RentToOwn.Platform.Housing.Import;

/// <summary>The parsed rows and every problem found; imported only when there is no problem.</summary>
public sealed record FlatCsvResult(IReadOnlyList<FlatRow> Rows, IReadOnlyList<FlatRowError> Errors);
