using System.IO.Compression;
using System.Text.Json.Nodes;
using Npgsql;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.LedgerAdapter.Tests.Cli;

/// <summary>
/// Issue 17 §3: <c>rto backup --postgres</c> dumps the platform's PostgreSQL database with Debian's <c>pg_dump</c> into the
/// backup beside the log, and <c>rto restore --postgres</c> brings it back into an empty database, all or nothing. The
/// connection string with its password comes from an environment variable or the platform's configuration file, never
/// from the command line.
/// </summary>
public sealed class PostgresBackupTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Backup_dumps_the_platform_database_and_restore_brings_it_into_an_empty_database_only()
    {
        var live = await postgres.CreateDatabaseAsync();
        await ExecuteAsync(live, "CREATE TABLE ledger_receipts(leaf bigint PRIMARY KEY, kind text NOT NULL); "
            + "INSERT INTO ledger_receipts SELECT n, 'SignatureAdded' FROM generate_series(0, 499) n");
        var data = TestKeys.TempDir();
        await new LedgerDirectory(Path.Combine(data, "ledger")).InitAsync("test.rto.kz/pg-backup", "test.rto.kz/pg-backup-witness");
        var backup = Path.Combine(TestKeys.TempDir(), "backup.zip");

        // A password on the command line (seen by every local user in ps) is refused before anything is written.
        var inArgv = await RtoProcess.RunAsync("backup", "--data", data, "--out", backup, "--postgres", live + ";Password=pg-secret");
        Assert.Equal(2, inArgv.ExitCode);
        Assert.Contains("password on the command line", inArgv.Error);
        Assert.DoesNotContain("pg-secret", inArgv.Error);
        Assert.False(File.Exists(backup));

        // The platform's own variable holds the string with its password (the test server trusts local connections, so
        // the password is carried, not checked); the rto process gets only the variable's name.
        var made = await RtoProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Platform"] = live + ";Password=pg-secret" },
            "backup", "--data", data, "--out", backup, "--postgres-env", "ConnectionStrings__Platform");
        Assert.True(made.ExitCode == 0, made.Error);
        using (var zip = ZipFile.OpenRead(backup))
        {
            Assert.NotNull(zip.GetEntry("postgres/platform.dump"));
            await using var m = zip.GetEntry("manifest.json")!.Open();
            Assert.True((await JsonNode.ParseAsync(m))!["postgres"]!.GetValue<bool>());
        }

        // Without a database to restore into: refused before anything is written.
        var nowhere = Path.Combine(TestKeys.TempDir(), "restored-0");
        var refused = await RtoProcess.RunAsync("restore", "--in", backup, "--data", nowhere);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("give --postgres", refused.Error);
        Assert.False(Directory.Exists(nowhere));

        // Restored into the database named by the platform's configuration file (ConnectionStrings:Platform).
        var empty = await postgres.CreateDatabaseAsync();
        var config = Path.Combine(TestKeys.TempDir(), "appsettings.Production.json");
        await File.WriteAllTextAsync(config, new JsonObject { ["ConnectionStrings"] = new JsonObject { ["Platform"] = empty + ";Password=pg-secret" } }.ToJsonString());
        var restored = await RtoProcess.RunAsync("restore", "--in", backup, "--data", Path.Combine(TestKeys.TempDir(), "restored-1"), "--postgres-config", config);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Equal(500L, await ScalarAsync(empty, "SELECT count(*) FROM ledger_receipts"));
        Assert.Equal(124750L, await ScalarAsync(empty, "SELECT sum(leaf) FROM ledger_receipts"));

        // Into a database that is not empty: pg_restore fails as a whole, the database keeps what it had.
        await ExecuteAsync(live, "DELETE FROM ledger_receipts WHERE leaf >= 10");
        var again = await RtoProcess.RunAsync("restore", "--in", backup, "--data", Path.Combine(TestKeys.TempDir(), "restored-2"), "--postgres", live);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("pg_restore failed", again.Error);
        Assert.Equal(10L, await ScalarAsync(live, "SELECT count(*) FROM ledger_receipts"));

        // A connection string without a database is bad input, refused before the backup file is created.
        var bad = Path.Combine(TestKeys.TempDir(), "bad.zip");
        var badRun = await RtoProcess.RunAsync("backup", "--data", data, "--out", bad, "--postgres", "Host=127.0.0.1;Port=5432");
        Assert.Equal(2, badRun.ExitCode);
        Assert.Contains("names no Database", badRun.Error);
        Assert.False(File.Exists(bad));
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }
}
