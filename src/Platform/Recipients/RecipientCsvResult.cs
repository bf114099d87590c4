namespace RentToOwn.Platform.Recipients;

/// <summary>The outcome of parsing a recipient-list CSV: valid rows and errors (accept only when no errors).</summary>
public sealed record RecipientCsvResult(IReadOnlyList<RecipientRow> Rows, IReadOnlyList<RecipientRowError> Errors)
{
    /// <summary>True when the file may be imported.</summary>
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}
