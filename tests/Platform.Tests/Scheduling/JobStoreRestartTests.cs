using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>The persistent job store survives a restart, on SQLite (the embedded default) and on a real PostgreSQL 15.</summary>
public sealed class SqliteJobStoreRestartTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rto-sched-").FullName;

    [Fact]
    public async Task Jobs_and_triggers_survive_a_restart_on_sqlite() =>
        await RestartScenario.RunAsync(() => new SchedulingPlatform(_dataDir), QuartzTables.Sqlite(_dataDir));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The same on the PostgreSQL fixture.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlJobStoreRestartTests(PostgresServer server) : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rto-sched-pg-").FullName;

    [Fact]
    public async Task Jobs_and_triggers_survive_a_restart_on_postgresql()
    {
        var cs = await server.CreateDatabaseAsync();
        await RestartScenario.RunAsync(() => new SchedulingPlatform(_dataDir, cs), QuartzTables.Postgres(cs));
    }

    [Fact]
    public async Task Clustered_mode_checks_in_to_the_shared_database()
    {
        var cs = await server.CreateDatabaseAsync();
        await using var app = new SchedulingPlatform(_dataDir, cs, new Dictionary<string, string?> { ["Scheduling:Clustered"] = "true" });
        var scheduler = await app.StartedSchedulerAsync();
        var metadata = await scheduler.GetMetadata();
        Assert.True(metadata.JobStoreClustered);
        Assert.NotEqual("NON_CLUSTERED", scheduler.SchedulerInstanceId);

        await using var conn = new Npgsql.NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'RentToOwn'", conn);
        string? instance = null;
        for (var i = 0; i < 100 && instance is null; i++)
        {
            instance = (string?)await cmd.ExecuteScalarAsync();
            if (instance is null) await Task.Delay(100);
        }

        Assert.Equal(scheduler.SchedulerInstanceId, instance);
        AssertDeclaredPresent(await QuartzTables.Postgres(cs).TriggersAsync());
    }

    private static void AssertDeclaredPresent(List<QuartzTables.TriggerRow> rows) =>
        Assert.Single(rows, t => t.Name == RentToOwn.Platform.VideoSessions.Reminders.VideoSessionReminderJob.Name);

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
