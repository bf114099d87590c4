using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace RentToOwn.Tests.Shared;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also shows when the code under test has parked on it: every live timer
/// (a <c>Task.Delay(…, clock)</c>, a Polly wait) is known with its due time. A test that must show "nothing happens
/// before the fake time moves" waits for the component to park on a timer of the expected length — the event that
/// proves it — instead of sleeping on the wall clock and hoping.
/// </summary>
public sealed class ParkingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<Parked> _live = [];

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var parked = new Parked(this, base.CreateTimer(callback, state, dueTime, period), dueTime == Timeout.InfiniteTimeSpan ? null : GetUtcNow() + dueTime);
        lock (_gate) _live.Add(parked);
        return parked;
    }

    /// <summary>Waits (wall clock, bounded) until a live timer is due <paramref name="dueIn"/> from now, e.g. a backoff's length.</summary>
    /// <exception cref="TimeoutException">Nothing parked on such a timer within <paramref name="timeout"/>.</exception>
    public async Task WaitUntilParkedAsync(Func<TimeSpan, bool> dueIn, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!IsParked(dueIn))
        {
            if (waited.Elapsed > timeout) throw new TimeoutException($"nothing parked on the fake clock within {timeout} (live timers: {Describe()})");
            await Task.Delay(10);
        }
    }

    private bool IsParked(Func<TimeSpan, bool> dueIn)
    {
        var now = GetUtcNow();
        lock (_gate) return _live.Any(t => t.Due is { } due && due > now && dueIn(due - now));
    }

    private string Describe()
    {
        var now = GetUtcNow();
        lock (_gate) return _live.Count == 0 ? "none" : string.Join(", ", _live.Select(t => t.Due is { } d ? (d - now).ToString() : "infinite"));
    }

    private void Remove(Parked timer)
    {
        lock (_gate) _live.Remove(timer);
    }

    private sealed class Parked(ParkingClock clock, ITimer inner, DateTimeOffset? due) : ITimer
    {
        public DateTimeOffset? Due { get; private set; } = due;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock.Remove(this);
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock.Remove(this);
            return inner.DisposeAsync();
        }
    }
}
