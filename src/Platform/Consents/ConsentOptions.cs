namespace RentToOwn.Platform.Consents;

/// <summary>Configuration section <c>Consents</c>.</summary>
public sealed class ConsentOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Consents";

    /// <summary>How long a consent lives: the service period (default 365 days).</summary>
    public int ValidityDays { get; set; } = 365;
}
