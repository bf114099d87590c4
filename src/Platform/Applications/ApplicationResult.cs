namespace RentToOwn.Platform.Applications;

/// <summary>Outcome of an application change: ok, or the reason it was refused (nothing changed).</summary>
public sealed record ApplicationResult(string? Error)
{
    /// <summary>Success.</summary>
    public static ApplicationResult Ok { get; } = new((string?)null);

    /// <summary>True when the change was made.</summary>
    public bool Succeeded => Error is null;

    /// <summary>True when refused because it was signed already (or is being signed right now): HTTP 409.</summary>
    public bool Conflict { get; init; }

    /// <summary>A refusal because the signature exists already, possibly from a concurrent submission.</summary>
    public static ApplicationResult AlreadySigned(string error) => new(error) { Conflict = true };
}
