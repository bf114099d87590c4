namespace RentToOwn.Platform.Registration;

/// <summary>Serialises workflow decisions per instance, so an event and the retry loop never submit the same application twice at once.</summary>
public sealed class RegistrationGate
{
    /// <summary>The lock.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);
}
