namespace RentToOwn.Kadastr.Protocol.Calls;

/// <summary>Per-call deadlines for Grpc.Net.Client.</summary>
public static class CallDeadline
{
    /// <summary>
    /// The deadline <paramref name="timeout"/> from now. Grpc.Net.Client and Grpc.AspNetCore measure deadlines on the
    /// system clock, so this reads <see cref="TimeProvider.System"/>, never an injected (possibly fake) business clock.
    /// </summary>
    public static DateTime After(TimeSpan timeout) => TimeProvider.System.GetUtcNow().UtcDateTime + timeout;
}
