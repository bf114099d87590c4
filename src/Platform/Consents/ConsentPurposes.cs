namespace RentToOwn.Platform.Consents;

/// <summary>What a consent is for.</summary>
public static class ConsentPurposes
{
    /// <summary>A.9: the application and its review (A.8–A.18).</summary>
    public const string Application = "application";
}
