namespace RentToOwn.Platform.Term;

/// <summary>The outcome of a term operation: a value, or a refusal with its HTTP status and a clear reason.</summary>
/// <typeparam name="T">The value.</typeparam>
public sealed record TermResult<T>(T? Value, int Status, string? Error)
{
    /// <summary>True when accepted.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Accepted.</summary>
    public static TermResult<T> Ok(T value) => new(value, 200, null);

    /// <summary>Not found (or not the caller's: the same answer).</summary>
    public static TermResult<T> NotFound() => new(default, 404, "No such lease among yours.");

    /// <summary>Refused with 422 (or <paramref name="status"/>) and <paramref name="error"/>.</summary>
    public static TermResult<T> Refused(string error, int status = 422) => new(default, status, error);
}
