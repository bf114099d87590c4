namespace RentToOwn.Platform.Courts;

/// <summary>Configuration section <c>Courts</c>.</summary>
public sealed class CourtsOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Courts";

    /// <summary>STAND-IN: the court-records file of <see cref="LocalCourtDecisionRegistry"/>, relative to the data directory.</summary>
    public string DecisionsFile { get; set; } = "court-decisions.json";
}
