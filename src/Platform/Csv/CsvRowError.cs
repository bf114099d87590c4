using System.Text.Json.Serialization;

namespace RentToOwn.Platform.Csv;

/// <summary>
/// Why one line (0: the file as a whole) of an uploaded CSV was refused: the text key (<see cref="CsvRefusals"/>) with its
/// arguments; <see cref="Message"/> is the words in the caller's language. Shared by the recipient list and the housing stock.
/// </summary>
/// <param name="Line">1-based line; 0 for the file as a whole.</param>
/// <param name="Column">The column at fault, if one.</param>
/// <param name="Code">The reason's text key (<c>csv.refused.…</c>).</param>
/// <param name="Args">The key's arguments.</param>
public record CsvRowError(int Line, string? Column, string Code, [property: JsonIgnore] IReadOnlyList<object?> Args)
{
    /// <summary>What is wrong, in plain words in the current request's language.</summary>
    public string Message => OutcomeText.Render(Localization.Languages.Current, Code, Args)!;

    /// <summary>What is wrong, in <paramref name="language"/>.</summary>
    public string In(string language) => OutcomeText.Render(language, Code, Args)!;
}
