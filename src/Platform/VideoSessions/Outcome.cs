namespace RentToOwn.Platform.VideoSessions;

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

    /// <summary>True on success.</summary>
    public bool Succeeded => Error is null;
}
