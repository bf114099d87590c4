using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// Serialises workflow decisions (A.22, A.26, A.35: submit, confirm the fee, resubmit; A.25–A.28: apply a cadastre event),
/// so an event and the retry loop never submit the same application twice at once, and a step's write (a verdict with
/// its receipt) is never seen half-saved by a decision reading it in several queries.
/// <para>
/// On SQLite the platform is one process: an in-process semaphore is the gate. On PostgreSQL several platform instances
/// may share the database (Scheduling:Clustered), so the gate is also a PostgreSQL session advisory lock
/// (<c>pg_advisory_lock</c>) held on a dedicated connection for the duration of the decision. It is one global key, not
/// one per application: <see cref="SaveAsync"/> (every step save) does not know the application, the retry round walks
/// all of them, and decisions are short and rare (a pilot's registrations), so a global key keeps exactly the
/// semantics of the in-process gate at negligible contention. A session lock (not a transaction-scoped one) because a
/// decision spans several DbContext saves, a ledger append and a cadastre call, none of which share one transaction; if
/// the instance dies or the connection drops, PostgreSQL ends its session and the lock is released. The in-process semaphore is kept in front
/// so an instance's own callers queue in memory instead of each holding a pooled connection while they wait.
/// </para>
/// </summary>
public sealed class RegistrationGate
{
    /// <summary>The advisory lock key ("RTOREGGT" in ASCII), shared by every instance on the database.</summary>
    public const long AdvisoryLockKey = 0x5254_4F52_4547_4754;

    /// <summary>Longest wait for another instance's decision before <see cref="TimeoutException"/> (seconds).</summary>
    private const int LockWaitSeconds = 120;

    private readonly SemaphoreSlim _local = new(1, 1);
    private readonly string? _postgres;

    /// <summary>Creates the gate for the configured database (<c>Database:Provider</c>, <c>ConnectionStrings:Platform</c>).</summary>
    public RegistrationGate(IOptions<DatabaseOptions> database, IConfiguration configuration)
    {
        if (database.Value.Provider == DatabaseProvider.PostgreSql)
        {
            var cs = configuration.GetConnectionString(PersistenceExtensions.ConnectionStringName) is { Length: > 0 } configured
                ? configured
                : throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Platform is empty; the registration gate needs it.");
            // Unpooled: closing the connection ends the session, so the lock can never linger on an idle pooled connection
            // (e.g. after a cancelled wait or a failed unlock). One connection per decision is cheap at this rate.
            _postgres = new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString;
        }
    }

    /// <summary>True when the gate also excludes other platform instances (PostgreSQL advisory lock).</summary>
    public bool IsCrossInstance => _postgres is not null;

    /// <summary>Runs <paramref name="action"/> while no other decision or step save runs, in this instance or another.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _local.WaitAsync(ct);
        try
        {
            if (_postgres is null) return await action();
            await using var connection = new NpgsqlConnection(_postgres);
            await connection.OpenAsync(ct);
            await LockAsync(connection, ct);
            try
            {
                return await action();
            }
            finally
            {
                await UnlockAsync(connection);
            }
        }
        finally
        {
            _local.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> while no other decision or step save runs, in this instance or another.</summary>
    public Task RunAsync(Func<Task> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        return RunAsync(async () =>
        {
            await action();
            return true;
        }, ct);
    }

    /// <summary>Saves a step's changes while no workflow decision is reading the application.</summary>
    public Task SaveAsync(DbContext db, CancellationToken ct) => RunAsync(() => db.SaveChangesAsync(ct), ct);

    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = LockWaitSeconds };
        command.Parameters.AddWithValue("key", AdvisoryLockKey);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            throw new TimeoutException($"Another platform instance held the registration gate (advisory lock {AdvisoryLockKey}) for over {LockWaitSeconds} s.", e);
        }
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryLockKey);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The session is broken: disposing the (unpooled) connection ends it, and PostgreSQL releases the lock.
        }
    }
}
