using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// The registration gate (A.22, A.25–A.28: one decision at a time) across platform instances: two app hosts on one real
/// PostgreSQL exclude each other through the advisory lock; on SQLite (one process) it is the in-process semaphore.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GateTests(PostgresServer server)
{
    [Fact]
    public async Task Two_platform_instances_on_one_PostgreSQL_wait_for_each_others_decisions()
    {
        var database = await server.CreateDatabaseAsync();
        using var first = Instance(database);
        using var second = Instance(database);
        var gateA = first.Services.GetRequiredService<RegistrationGate>();
        var gateB = second.Services.GetRequiredService<RegistrationGate>();
        Assert.True(gateA.IsCrossInstance);
        Assert.NotSame(gateA, gateB);

        // Instance A decides; instance B's decision (the real workflow call site) waits until A is done.
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = gateA.RunAsync(async () =>
        {
            entered.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var scope = second.Services.CreateScope();
        var advance = scope.ServiceProvider.GetRequiredService<RegistrationWorkflow>().AdvanceAsync(Guid.NewGuid(), CancellationToken.None);
        var save = gateB.RunAsync(() => Task.FromResult(42), CancellationToken.None);
        // The event that proves B waits: its advisory lock request is queued, not granted, in PostgreSQL.
        await WaitForWaitingLockAsync(database);
        Assert.False(advance.IsCompleted, "instance B decided while instance A held the gate");
        Assert.False(save.IsCompleted, "instance B saved while instance A held the gate");

        release.SetResult();
        await holding;
        await advance.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(42, await save.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Concurrent_decisions_of_two_instances_never_overlap()
    {
        var database = await server.CreateDatabaseAsync();
        var gates = new[] { Gate(database), Gate(database) }; // two service providers = two instances' singletons
        var inside = 0;
        var overlaps = 0;
        var done = 0;
        var work = Enumerable.Range(0, 40).Select(i => Task.Run(() => gates[i % 2].RunAsync(async () =>
        {
            if (Interlocked.Increment(ref inside) > 1) Interlocked.Increment(ref overlaps);
            await Task.Delay(5);
            Interlocked.Decrement(ref inside);
            Interlocked.Increment(ref done);
        }, CancellationToken.None)));
        await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(40, done);
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task A_failing_or_cancelled_decision_releases_the_lock_for_the_other_instance()
    {
        var database = await server.CreateDatabaseAsync();
        var a = Gate(database);
        var b = Gate(database);
        await Assert.ThrowsAsync<InvalidOperationException>(() => a.RunAsync(() => Task.FromException<int>(new InvalidOperationException("decision failed")), CancellationToken.None));
        Assert.Equal(1, await b.RunAsync(() => Task.FromResult(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        // B waits for A, gives up (cancelled); A's lock is unaffected and, once released, B gets in again.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = a.RunAsync(async () =>
        {
            entered.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b.RunAsync(() => Task.FromResult(2), cts.Token));
        }

        Assert.False(holding.IsCompleted);
        release.SetResult();
        await holding;
        Assert.Equal(3, await b.RunAsync(() => Task.FromResult(3), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task On_SQLite_the_gate_is_the_in_process_semaphore()
    {
        var gate = new RegistrationGate(Options.Create(new DatabaseOptions()), new ConfigurationBuilder().Build());
        Assert.False(gate.IsCrossInstance);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = gate.RunAsync(() => release.Task, CancellationToken.None);
        // The semaphore is taken synchronously: a second caller is queued the moment RunAsync returns.
        var next = gate.RunAsync(() => Task.FromResult("next"), CancellationToken.None);
        Assert.False(next.IsCompleted);
        release.SetResult();
        await holding;
        Assert.Equal("next", await next);
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new RegistrationGate(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }), new ConfigurationBuilder().Build()));
        Assert.Contains("ConnectionStrings:Platform", error.Message, StringComparison.Ordinal);
    }

    // Polls pg_locks until a session waits for the gate's advisory lock (bigint key = classid << 32 | objid).
    private static async Task WaitForWaitingLockAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select count(*) from pg_locks where locktype = 'advisory' and not granted and ((classid::bigint << 32) | objid::bigint) = @key " +
            "and database = (select oid from pg_database where datname = current_database())", connection);
        query.Parameters.AddWithValue("key", RegistrationGate.AdvisoryLockKey);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((long)(await query.ExecuteScalarAsync())! == 0)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("no session waited for the registration gate's advisory lock");
            await Task.Delay(20);
        }
    }

    private static PlatformFactory Instance(string database)
    {
        var app = new PlatformFactory();
        app.Settings["Database:Provider"] = "PostgreSql";
        app.Settings["ConnectionStrings:Platform"] = database;
        _ = app.Services; // start it (migrations on the shared database run one host at a time)
        return app;
    }

    private static RegistrationGate Gate(string database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Platform"] = database,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<RegistrationGate>();
        return services.BuildServiceProvider().GetRequiredService<RegistrationGate>();
    }
}
