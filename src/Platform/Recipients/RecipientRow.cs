namespace RentToOwn.Platform.Recipients;

/// <summary>A valid row of a recipient-list CSV.</summary>
/// <param name="Line">1-based line in the file (the header is line 1).</param>
/// <param name="Iin">Validated IIN.</param>
/// <param name="FullName">Trimmed full name.</param>
/// <param name="Phone">Phone normalised to +7XXXXXXXXXX.</param>
/// <param name="Category">One of <see cref="RecipientCategory.CsvValues"/>.</param>
public sealed record RecipientRow(int Line, string Iin, string FullName, string Phone, string Category);
