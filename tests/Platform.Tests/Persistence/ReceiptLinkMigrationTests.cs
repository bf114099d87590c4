using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>Issue 11, A.18: the UniformReceiptLinks backfill on SQLite.</summary>
public sealed class SqliteReceiptLinkMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-sqlite-").FullName;

    private PlatformDbContext Open() => OldRows.Sqlite(_dir);

    [Fact]
    public Task A18_old_leaf_indexes_and_verdict_json_become_receipt_links() =>
        ReceiptLinkBackfill.RunAsync(Open, OldRows.SqliteWithoutKeys, postgres: false);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>Issue 11, A.18: the UniformReceiptLinks backfill on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlReceiptLinkMigrationTests(PostgresServer server)
{
    [Fact]
    public async Task A18_old_leaf_indexes_and_verdict_json_become_receipt_links()
    {
        var cs = await server.CreateDatabaseAsync();
        await ReceiptLinkBackfill.RunAsync(() => OldRows.Postgres(cs), OldRows.PostgresWithoutTriggers, postgres: true);
    }
}

/// <summary>Issues 11 and 17 §3: the SignatureReplayLinks migration and the signature link backfill on SQLite.</summary>
public sealed class SqliteSignatureReceiptBackfillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-sqlite-").FullName;

    private PlatformDbContext Open() => OldRows.Sqlite(_dir);

    [Fact]
    public Task Stored_signatures_link_their_receipts_by_the_signature_hash() =>
        SignatureReceiptBackfillScenario.RunAsync(Open, OldRows.SqliteWithoutKeys, postgres: false);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>Issues 11 and 17 §3: the SignatureReplayLinks migration and the signature link backfill on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlSignatureReceiptBackfillTests(PostgresServer server)
{
    [Fact]
    public async Task Stored_signatures_link_their_receipts_by_the_signature_hash()
    {
        var cs = await server.CreateDatabaseAsync();
        await SignatureReceiptBackfillScenario.RunAsync(() => OldRows.Postgres(cs), OldRows.PostgresWithoutTriggers, postgres: true);
    }
}

// Rows inserted the old way, before a migration: foreign keys and triggers off, so their parents need not exist.
internal static class OldRows
{
    // The old rows' parents (sessions, accounts, applications) do not matter here: foreign keys are not enforced, also
    // while the migration rebuilds the tables it drops columns from.
    public static PlatformDbContext Sqlite(string dir) => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dir, "platform.db")};Pooling=false;Foreign Keys=False").Options);

    public static PlatformDbContext Postgres(string connectionString) => new PostgreSqlPlatformDbContext(
        new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(connectionString).Options);

    public static Task SqliteWithoutKeys(System.Data.Common.DbConnection conn) => ExecuteAsync(conn, "PRAGMA foreign_keys = OFF");

    public static Task PostgresWithoutTriggers(System.Data.Common.DbConnection conn) => ExecuteAsync(conn, "SET session_replication_role = replica");

    private static async Task ExecuteAsync(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
