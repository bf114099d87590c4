namespace RentToOwn.Platform.Applications.Checks;

/// <summary>The result of one review check.</summary>
public enum CheckOutcome
{
    /// <summary>The check passed.</summary>
    Passed,
    /// <summary>The check failed; the reason says why. The decision stays the officer's.</summary>
    Failed,
    /// <summary>The check could not be made (no consent, source down, nothing signed yet); the reason says why.</summary>
    Unavailable,
}
