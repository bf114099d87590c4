namespace RentToOwn.Platform.Applications;

/// <summary>Outcome of an application change: ok, or the reason it was refused (nothing changed).</summary>
public sealed record ApplicationResult(string? Error)
{
    /// <summary>Success.</summary>
    public static ApplicationResult Ok { get; } = new((string?)null);

    /// <summary>True when the change was made.</summary>
    public bool Succeeded => Error is null;
}
