using RentToOwn.Platform.Csv;

namespace RentToOwn.Platform.Housing.Import;

/// <summary>A problem with one line (0: the whole file) and column of a housing stock CSV: a text key <c>csv.refused.…</c> with its arguments.</summary>
public sealed record FlatRowError : CsvRowError
{
    /// <summary>The refusal <paramref name="code"/> of line <paramref name="line"/> (0: the file), column <paramref name="column"/>.</summary>
    public FlatRowError(int line, string? column, string code, params object?[] args) : base(line, column, code, args)
    {
    }
}
