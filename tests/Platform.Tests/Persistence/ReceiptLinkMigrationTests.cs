using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>Issue 11, A.18: the UniformReceiptLinks backfill on SQLite.</summary>
public sealed class SqliteReceiptLinkMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-sqlite-").FullName;

    // The old rows' parents (sessions, accounts, applications) do not matter here: foreign keys are not enforced, also
    // while the migration rebuilds the tables it drops columns from.
    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false;Foreign Keys=False").Options);

    [Fact]
    public Task A18_old_leaf_indexes_and_verdict_json_become_receipt_links() =>
        ReceiptLinkBackfill.RunAsync(Open, async conn =>
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA foreign_keys = OFF";
            await cmd.ExecuteNonQueryAsync();
        }, postgres: false);

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
        await ReceiptLinkBackfill.RunAsync(() => new PostgreSqlPlatformDbContext(
            new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(cs).Options), async conn =>
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SET session_replication_role = replica";
            await cmd.ExecuteNonQueryAsync();
        }, postgres: true);
    }
}

/// <summary>Issues 11 and 17 §3: the SignatureReplayLinks migration and the signature link backfill on SQLite.</summary>
public sealed class SqliteSignatureReceiptBackfillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-sqlite-").FullName;

    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false;Foreign Keys=False").Options);

    [Fact]
    public Task Stored_signatures_link_their_receipts_by_the_signature_hash() =>
        SignatureReceiptBackfillScenario.RunAsync(Open, async conn =>
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA foreign_keys = OFF";
            await cmd.ExecuteNonQueryAsync();
        }, postgres: false);

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
        await SignatureReceiptBackfillScenario.RunAsync(() => new PostgreSqlPlatformDbContext(
            new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(cs).Options), async conn =>
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SET session_replication_role = replica";
            await cmd.ExecuteNonQueryAsync();
        }, postgres: true);
    }
}
