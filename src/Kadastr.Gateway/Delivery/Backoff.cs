namespace RentToOwn.Kadastr.Gateway.Delivery;

/// <summary>Exponential backoff with full jitter for durable reschedules and watch retries.</summary>
public static class Backoff
{
    /// <summary>A delay in [d/2, d] where d = min(max, base · 2^(attempt−1)).</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan max, Random random)
    {
        var exp = Math.Min(Math.Max(attempt - 1, 0), 30);
        var d = Math.Min(max.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exp));
        return TimeSpan.FromMilliseconds(d / 2 + (random.NextDouble() * d / 2));
    }
}
