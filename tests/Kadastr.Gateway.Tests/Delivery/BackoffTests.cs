using RentToOwn.Kadastr.Gateway.Delivery;
using Grpc.Core;

namespace RentToOwn.Kadastr.Gateway.Tests.Delivery;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 100, 100)]
    [InlineData(2, 200, 200)]
    [InlineData(4, 800, 800)]
    [InlineData(20, 5000, 5000)] // capped
    public void Delay_is_exponential_with_jitter_in_the_upper_half(int attempt, double expectedMaxMs, double cap)
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var d = Backoff.Delay(attempt, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(Math.Max(cap, 5000)), random).TotalMilliseconds;
            Assert.InRange(d, Math.Min(expectedMaxMs, 5000) / 2, Math.Min(expectedMaxMs, 5000));
        }
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, true)]
    [InlineData(StatusCode.DeadlineExceeded, true)]
    [InlineData(StatusCode.Internal, true)]
    [InlineData(StatusCode.InvalidArgument, false)]
    [InlineData(StatusCode.AlreadyExists, false)]
    [InlineData(StatusCode.Unauthenticated, false)]
    [InlineData(StatusCode.ResourceExhausted, false)]
    public void Only_transient_codes_are_retried(StatusCode code, bool transient) =>
        Assert.Equal(transient, TransientFailures.IsTransient(code));
}
