using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Persistence;

/// <summary>
/// Issue 17: "something about row <c>id</c> changed" on this instance, for API clients that wait for a change instead of
/// polling (<c>GET /api/registrations/{id}?wait=…</c>, <c>GET /api/payments/{id}?wait=…</c>). <see cref="Interceptor"/>
/// signals every saved registration application and payment; code that changes them with a bulk update calls
/// <see cref="Notify"/>. A waiter always re-reads the database, so a change saved by another instance is seen at its next
/// re-check (<see cref="RecheckInterval"/>) — a signal only makes it sooner. At most <see cref="DefaultMaxKeys"/> ids are watched
/// at once; beyond that waiters fall back to the re-check alone.
/// </summary>
public sealed class ChangeSignals
{
    /// <summary>The most ids watched at once by default (bounded memory under hostile waits).</summary>
    public const int DefaultMaxKeys = 10_000;

    private readonly TimeProvider _time;
    private readonly int _maxKeys;

    /// <summary>Signals on <paramref name="time"/>, watching at most <paramref name="maxKeys"/> ids at once.</summary>
    public ChangeSignals(TimeProvider time, int maxKeys = DefaultMaxKeys)
    {
        _time = time;
        _maxKeys = maxKeys;
        Interceptor = new SavedInterceptor(this);
    }

    /// <summary>The longest wait an API caller may ask for.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiter re-reads the database even without a signal (changes made on other instances).</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private static readonly Task Never = new TaskCompletionSource().Task;
    private readonly Dictionary<Guid, Watcher> _watched = [];
    private readonly Lock _lock = new();

    /// <summary>The EF Core interceptor that signals saved registration applications and payments.</summary>
    public ISaveChangesInterceptor Interceptor { get; }

    /// <summary>Ids watched now (tests: no watch outlives its waiters).</summary>
    public int Watched
    {
        get
        {
            lock (_lock) return _watched.Count;
        }
    }

    /// <summary>Wakes the waiters on <paramref name="id"/>.</summary>
    public void Notify(Guid id)
    {
        Watcher? watcher;
        lock (_lock) _watched.Remove(id, out watcher);
        watcher?.Changed.TrySetResult();
    }

    /// <summary>
    /// Waits while <paramref name="pending"/>(the value <paramref name="read"/> returns) holds, at most
    /// <paramref name="wait"/> (clamped to <see cref="MaxWait"/>); returns the last value read. A zero wait reads once.
    /// </summary>
    public async Task<T> WaitWhileAsync<T>(Guid id, TimeSpan wait, Func<CancellationToken, Task<T>> read, Func<T, bool> pending, CancellationToken ct)
    {
        var deadline = _time.GetUtcNow() + (wait > MaxWait ? MaxWait : wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
        while (true)
        {
            // Watch before reading: a change saved between the read and the wait still wakes us.
            var watcher = Enter(id);
            try
            {
                var value = await read(ct);
                var left = deadline - _time.GetUtcNow();
                if (!pending(value) || left <= TimeSpan.Zero) return value;
                try
                {
                    await (watcher?.Changed.Task ?? Never).WaitAsync(left < RecheckInterval ? left : RecheckInterval, _time, ct);
                }
                catch (TimeoutException)
                {
                    // Re-read: the change may have been saved by another instance.
                }
            }
            finally
            {
                if (watcher is not null) Leave(id, watcher);
            }
        }
    }

    private Watcher? Enter(Guid id)
    {
        lock (_lock)
        {
            if (!_watched.TryGetValue(id, out var watcher))
            {
                if (_watched.Count >= _maxKeys) return null; // re-check only
                _watched[id] = watcher = new Watcher();
            }

            watcher.Waiters++;
            return watcher;
        }
    }

    private void Leave(Guid id, Watcher watcher)
    {
        lock (_lock)
        {
            if (--watcher.Waiters == 0 && _watched.TryGetValue(id, out var current) && current == watcher) _watched.Remove(id);
        }
    }

    private sealed class Watcher
    {
        public TaskCompletionSource Changed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Waiters { get; set; }
    }

    // Signals each registration application and payment a save moved from Added/Modified to Unchanged (EF Core's
    // StateChanged after a successful save), so it costs no extra change detection; hooked once per context.
    private sealed class SavedInterceptor(ChangeSignals signals) : SaveChangesInterceptor
    {
        private readonly ConditionalWeakTable<DbContext, object> _hooked = new();

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Hook(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Hook(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private void Hook(DbContext? context)
        {
            if (context is null || _hooked.TryGetValue(context, out _)) return;
            _hooked.Add(context, this);
            context.ChangeTracker.StateChanged += (_, e) =>
            {
                if (e.NewState != EntityState.Unchanged || e.OldState is not (EntityState.Added or EntityState.Modified)) return;
                switch (e.Entry.Entity)
                {
                    case RegistrationApplication a:
                        signals.Notify(a.Id);
                        break;
                    case PaymentRecord p:
                        signals.Notify(p.Id);
                        break;
                }
            };
        }
    }
}
