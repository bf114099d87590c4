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

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
