using RentToOwn.Platform.Csv;

namespace RentToOwn.Platform.Recipients;

/// <summary>Why one line of a recipient-list CSV (or the whole file, line 0) was refused: a text key <c>csv.refused.…</c> with its arguments.</summary>
public sealed record RecipientRowError : CsvRowError
{
    /// <summary>The refusal <paramref name="code"/> of line <paramref name="line"/> (0: the file), column <paramref name="column"/>.</summary>
    public RecipientRowError(int line, string? column, string code, params object?[] args) : base(line, column, code, args)
    {
    }
}
