namespace RentToOwn.Platform.Dev;

/// <summary>
/// STAND-IN (Development only, <c>Dev:AdjustableCalendar=true</c>): the legal calendar of the deadlines (A.6, A.7, A.13,
/// A.38, the term) moved forward by whole days, so a demo can show what happens after a legal window closes. Only
/// <see cref="RentToOwn.Domain.Calendar.DeadlineCalculator"/> reads it; certificates, CRLs, sessions and the ledger keep
/// the real clock. Production refuses to start with it (Security/StandIn).
/// </summary>
public sealed class DevCalendar(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far the legal calendar is ahead of the real clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the legal calendar <paramref name="days"/> days forward.</summary>
    public void Advance(int days) => Interlocked.Add(ref _offsetTicks, TimeSpan.FromDays(days).Ticks);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
