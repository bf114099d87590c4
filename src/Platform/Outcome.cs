namespace RentToOwn.Platform;

/// <summary>
/// The one result of a platform action: success, or an HTTP status with a reason the caller can show (nothing changed).
/// Every area returns it; endpoints turn it into a typed result with <c>Results.Problem</c>.
/// </summary>
/// <param name="Status">200 on success, else 400/403/404/409/422/503.</param>
/// <param name="Error">Why it was refused; null on success.</param>
public record Outcome(int Status, string? Error)
{
    /// <summary>A refusal with 422 (the request was understood but not accepted).</summary>
    public Outcome(string error) : this(StatusCodes.Status422UnprocessableEntity, error)
    {
    }

    /// <summary>Success.</summary>
    public static Outcome Ok { get; } = new(StatusCodes.Status200OK, (string?)null);

    /// <summary>True on success.</summary>
    public bool Succeeded => Error is null;

    /// <summary>True when refused because it was done already (or is being done right now by another submission): HTTP 409.</summary>
    public bool Conflict => Status == StatusCodes.Status409Conflict;

    /// <summary>A refusal with <paramref name="status"/>.</summary>
    public static Outcome Refused(int status, string error) => new(status, error);

    /// <summary>A refusal because it was signed (done) already, possibly by a concurrent submission: 409.</summary>
    public static Outcome AlreadySigned(string error) => new(StatusCodes.Status409Conflict, error);
}

/// <summary>A value, or an HTTP status with a reason the caller can show.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value on success.</param>
/// <param name="Status">HTTP status (200 on success).</param>
/// <param name="Error">Why it was refused.</param>
public sealed record Outcome<T>(T? Value, int Status, string? Error)
{
    /// <summary>Success.</summary>
    public static Outcome<T> Ok(T value) => new(value, StatusCodes.Status200OK, null);

    /// <summary>Refusal.</summary>
    public static Outcome<T> Refused(int status, string error) => new(default, status, error);

    /// <summary>The same refusal as <paramref name="refused"/> (which must not have succeeded).</summary>
    public static Outcome<T> From(Outcome refused) => new(default, refused.Status, refused.Error);

    /// <summary>True on success.</summary>
    public bool Succeeded => Error is null;
}
