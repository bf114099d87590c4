namespace RentToOwn.Kadastr.Gateway.Delivery;

/// <summary>Configuration of the gateway (section <c>Kadastr:Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Deadline of one SubmitApplication / GetApplication call (Grpc.Net.Client sends it as <c>grpc-timeout</c>).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Immediate retries of one send (Polly, exponential backoff with jitter) before it is rescheduled durably.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>First retry delay; doubles each retry (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest delay between retries, and the longest durable reschedule.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Submissions sent at once.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Applications watched at once.</summary>
    public int MaxConcurrentWatches { get; set; } = 32;

    /// <summary>Deadline of one WatchApplication stream; the tracker resumes after it.</summary>
    public TimeSpan WatchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the dispatcher looks for due submissions when nothing wakes it.</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
