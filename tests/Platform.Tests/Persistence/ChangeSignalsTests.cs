using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issue 17: an API client waits for a change instead of polling. A waiter wakes on a saved change, re-reads on its own
/// after the re-check interval (a change saved by another instance), stops at its deadline, and leaves no watch behind.
/// </summary>
public sealed class ChangeSignalsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ParkingClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-signals-").FullName;

    [Fact]
    public async Task A_saved_change_wakes_the_waiter_before_its_recheck_is_due()
    {
        var signals = new ChangeSignals(_clock);
        var id = Guid.NewGuid();
        var value = "Pending";
        var reads = 0;
        var waiting = signals.WaitWhileAsync(id, TimeSpan.FromSeconds(30), _ => { reads++; return Task.FromResult(value); }, v => v == "Pending", default);

        await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);
        Assert.Equal(1, signals.Watched);
        value = "Confirmed";
        signals.Notify(id); // the clock has not moved: only the signal can end the wait

        Assert.Equal("Confirmed", await waiting.WaitAsync(Patience));
        Assert.Equal(2, reads);
        Assert.Equal(0, signals.Watched);
    }

    [Fact]
    public async Task Without_a_signal_the_waiter_rereads_after_the_recheck_interval_and_stops_at_its_deadline()
    {
        var signals = new ChangeSignals(_clock);
        var reads = 0;
        var waiting = signals.WaitWhileAsync(Guid.NewGuid(), TimeSpan.FromSeconds(2), _ => Task.FromResult(++reads), _ => true, default);

        await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);
        _clock.Advance(ChangeSignals.RecheckInterval); // another instance's change is only seen by re-reading
        await WaitForAsync(() => reads == 2);
        await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);
        _clock.Advance(ChangeSignals.RecheckInterval);

        Assert.Equal(3, await waiting.WaitAsync(Patience)); // the deadline: the value as last read, still pending
        Assert.Equal(0, signals.Watched);
    }

    [Fact]
    public async Task A_settled_value_or_a_zero_wait_answers_at_once_and_the_wait_is_capped()
    {
        var signals = new ChangeSignals(_clock);
        Assert.Equal(1, await signals.WaitWhileAsync(Guid.NewGuid(), TimeSpan.FromSeconds(30), _ => Task.FromResult(1), _ => false, default));
        Assert.Equal(1, await signals.WaitWhileAsync(Guid.NewGuid(), TimeSpan.Zero, _ => Task.FromResult(1), _ => true, default));
        Assert.Equal(0, signals.Watched);

        // Asked for an hour, waits at most MaxWait.
        var reads = 0;
        var waiting = signals.WaitWhileAsync(Guid.NewGuid(), TimeSpan.FromHours(1), _ => Task.FromResult(++reads), _ => true, default);
        for (var waited = TimeSpan.Zero; waited < ChangeSignals.MaxWait; waited += ChangeSignals.RecheckInterval)
        {
            await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);
            _clock.Advance(ChangeSignals.RecheckInterval);
        }

        Assert.Equal((int)(ChangeSignals.MaxWait / ChangeSignals.RecheckInterval) + 1, await waiting.WaitAsync(Patience));
    }

    [Fact]
    public async Task Beyond_the_bound_of_watched_ids_waiters_still_finish_by_rereading()
    {
        var signals = new ChangeSignals(_clock, maxKeys: 2);
        var values = new Dictionary<Guid, bool>();
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids) values[id] = true;
        var waits = ids.Select(id => signals.WaitWhileAsync(id, TimeSpan.FromSeconds(30), _ => Task.FromResult(values[id]), v => v, default)).ToList();
        await WaitForAsync(() => signals.Watched == 2);

        // The third id is not watched: its signal is lost, and the re-check finds the change.
        foreach (var id in ids) values[id] = false;
        foreach (var id in ids) signals.Notify(id);
        await Task.WhenAll(waits.Take(2)).WaitAsync(Patience);
        Assert.False(waits[2].IsCompleted);
        await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);
        _clock.Advance(ChangeSignals.RecheckInterval);
        Assert.False(await waits[2].WaitAsync(Patience));
        Assert.Equal(0, signals.Watched);
    }

    [Fact]
    public async Task Saving_a_payment_wakes_its_waiters()
    {
        var signals = new ChangeSignals(_clock);
        PlatformDbContext Open() => new SqlitePlatformDbContext(new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false").AddInterceptors(signals.Interceptor).Options);
        await using var db = Open();
        await db.Database.MigrateAsync();
        PaymentRecord Payment(string reference) => new()
        {
            Id = Guid.NewGuid(), LeaseId = Guid.NewGuid(), Purpose = PaymentPurpose.Installment, SubjectId = "period-1", AmountTiyn = 100,
            PayerAccountId = Guid.NewGuid(), Description = "test", Status = PaymentStatus.Pending, ProviderReference = reference, CheckoutUrl = "/x",
            CreatedAt = _clock.GetUtcNow(),
        };
        var payment = Payment("ref-1");
        db.Add(payment);
        await db.SaveChangesAsync();

        // The waiter reads through its own context, as a request would.
        var waiting = signals.WaitWhileAsync(payment.Id, TimeSpan.FromSeconds(30), async ct =>
        {
            await using var read = Open();
            return (await read.Set<PaymentRecord>().AsNoTracking().SingleAsync(p => p.Id == payment.Id, ct)).Status;
        }, s => s == PaymentStatus.Pending, default);
        await _clock.WaitUntilParkedAsync(d => d == ChangeSignals.RecheckInterval, Patience);

        // A save that fails (the provider reference is unique) leaves the waiter waiting.
        db.Add(Payment("ref-1"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.False(waiting.IsCompleted);

        db.Attach(payment);
        payment.Status = PaymentStatus.Confirmed;
        await db.SaveChangesAsync(); // the clock has not moved: the interceptor's signal ends the wait
        Assert.Equal(PaymentStatus.Confirmed, await waiting.WaitAsync(Patience));
        Assert.Equal(0, signals.Watched);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var started = DateTime.UtcNow;
        while (!condition())
        {
            if (DateTime.UtcNow - started > Patience) throw new TimeoutException("condition not reached");
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
