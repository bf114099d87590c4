using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform;

/// <summary>
/// The one result of a platform action: success, or an HTTP status with a reason the caller can show (nothing changed).
/// Every area returns it; the reason is a text key (<c>area.refused.…</c>) with arguments, shown in the caller's
/// language (<see cref="Error"/>); endpoints turn it into a problem with <see cref="OutcomeResults.ToProblem(Outcome, string?)"/>.
/// </summary>
/// <param name="Status">200 on success, else 400/403/404/409/422/503.</param>
/// <param name="Code">The reason's text key; null on success.</param>
/// <param name="Args">The key's arguments (numbers and dates formatted by the caller; a <see cref="Text"/> is shown in the same language).</param>
public record Outcome(int Status, string? Code, IReadOnlyList<object?>? Args = null)
{
    /// <summary>A refusal with 422 (the request was understood but not accepted).</summary>
    public Outcome(string code, params object?[] args) : this(StatusCodes.Status422UnprocessableEntity, code, args)
    {
    }

    /// <summary>Success.</summary>
    public static Outcome Ok { get; } = new(StatusCodes.Status200OK, (string?)null);

    /// <summary>True on success.</summary>
    public bool Succeeded => Code is null;

    /// <summary>Why it was refused, in the current request's language; null on success.</summary>
    public string? Error => Render(Languages.Current);

    /// <summary>Why it was refused, in <paramref name="language"/>; null on success.</summary>
    public string? Render(string language) => OutcomeText.Render(language, Code, Args);

    /// <summary>True when refused because it was done already (or is being done right now by another submission): HTTP 409.</summary>
    public bool Conflict => Status == StatusCodes.Status409Conflict;

    /// <summary>A refusal with <paramref name="status"/>: the text key <paramref name="code"/> with <paramref name="args"/>.</summary>
    public static Outcome Refused(int status, string code, params object?[] args) => new(status, code, args);

    /// <summary>A refusal because it was signed (done) already, possibly by a concurrent submission: 409.</summary>
    public static Outcome AlreadySigned(string code, params object?[] args) => new(StatusCodes.Status409Conflict, code, args);

    /// <summary>An argument that is itself a text key (with arguments of its own): shown in the language of the refusal.</summary>
    /// <param name="Key">The text key.</param>
    /// <param name="Args">Its arguments.</param>
    public sealed record Text(string Key, params object?[] Args);

    /// <summary>An argument that is a list of texts, shown joined with "; ".</summary>
    /// <param name="Items">The texts.</param>
    public sealed record Texts(IReadOnlyList<Text> Items);
}

/// <summary>A value, or an HTTP status with a reason (a text key and its arguments) the caller can show.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value on success.</param>
/// <param name="Status">HTTP status (200 on success).</param>
/// <param name="Code">The reason's text key; null on success.</param>
/// <param name="Args">The key's arguments.</param>
public sealed record Outcome<T>(T? Value, int Status, string? Code, IReadOnlyList<object?>? Args = null)
{
    /// <summary>Success.</summary>
    public static Outcome<T> Ok(T value) => new(value, StatusCodes.Status200OK, null);

    /// <summary>Refusal: the text key <paramref name="code"/> with <paramref name="args"/>.</summary>
    public static Outcome<T> Refused(int status, string code, params object?[] args) => new(default, status, code, args);

    /// <summary>The same refusal as <paramref name="refused"/> (which must not have succeeded).</summary>
    public static Outcome<T> From(Outcome refused) => new(default, refused.Status, refused.Code, refused.Args);

    /// <summary>The same refusal as <paramref name="refused"/>, of another value type.</summary>
    public static Outcome<T> From<TOther>(Outcome<TOther> refused) => new(default, refused.Status, refused.Code, refused.Args);

    /// <summary>True on success.</summary>
    public bool Succeeded => Code is null;

    /// <summary>Why it was refused, in the current request's language; null on success.</summary>
    public string? Error => OutcomeText.Render(Languages.Current, Code, Args);

    /// <summary>The refusal without its value type.</summary>
    public Outcome AsOutcome() => new(Status, Code, Args);
}

/// <summary>How a refusal's key and arguments become words (the one store, <see cref="UiText"/>).</summary>
public static class OutcomeText
{
    /// <summary>The text of <paramref name="code"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string? Render(string language, string? code, IReadOnlyList<object?>? args)
    {
        if (code is null) return null;
        if (args is null || args.Count == 0) return UiText.Shared.Get(language, code);
        return UiText.Shared.FormatIn(language, code, args.Select(a => Shown(language, a)).ToArray());
    }

    private static object? Shown(string language, object? arg) => arg switch
    {
        Outcome.Text t => Render(language, t.Key, t.Args),
        Outcome.Texts list => string.Join("; ", list.Items.Select(t => Render(language, t.Key, t.Args))),
        _ => arg,
    };
}

/// <summary>An <see cref="Outcome"/>'s refusal as an HTTP problem: the stable <c>code</c> (its text key) and the words in the caller's language.</summary>
public static class OutcomeResults
{
    /// <summary>The problem for a refused <paramref name="outcome"/>: <c>detail</c> in the caller's language, <c>code</c> = the text key.</summary>
    public static ProblemHttpResult ToProblem(this Outcome outcome, string? title = null) =>
        Problem(outcome.Status, outcome.Code, outcome.Error, title);

    /// <summary>The problem for a refused <paramref name="outcome"/>.</summary>
    public static ProblemHttpResult ToProblem<T>(this Outcome<T> outcome, string? title = null) =>
        Problem(outcome.Status, outcome.Code, outcome.Error, title);

    private static ProblemHttpResult Problem(int status, string? code, string? detail, string? title) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
