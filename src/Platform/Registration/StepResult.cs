namespace RentToOwn.Platform.Registration;

/// <summary>The outcome of a registration step: success, or an HTTP status with the reason.</summary>
/// <param name="Status">200 on success, else 400/403/404/409/422.</param>
/// <param name="Error">Why it was refused.</param>
public sealed record StepResult(int Status, string? Error)
{
    /// <summary>Success.</summary>
    public static readonly StepResult Ok = new(200, null);

    /// <summary>Whether it succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A refusal.</summary>
    public static StepResult Refused(int status, string error) => new(status, error);
}
