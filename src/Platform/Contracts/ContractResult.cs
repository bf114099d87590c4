namespace RentToOwn.Platform.Contracts;

/// <summary>Outcome of a contract action: success, or a message for the user.</summary>
/// <param name="Error">Why it was refused; null on success.</param>
public sealed record ContractResult(string? Error)
{
    /// <summary>Success.</summary>
    public static ContractResult Ok { get; } = new((string?)null);

    /// <summary>True when accepted.</summary>
    public bool Succeeded => Error is null;

    /// <summary>True when refused because the step is already signed (or being signed right now): HTTP 409.</summary>
    public bool Conflict { get; init; }

    /// <summary>A refusal because the step was signed already, possibly by a concurrent submission.</summary>
    public static ContractResult AlreadySigned(string error) => new(error) { Conflict = true };
}
