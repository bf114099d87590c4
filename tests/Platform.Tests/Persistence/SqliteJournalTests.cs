using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issue 17 §1: the platform's SQLite database runs in WAL mode with <c>synchronous=FULL</c> (a commit is durable
/// before it answers, as with the rollback journal before), unless <c>Database:SqliteJournalMode</c> says DELETE.
/// </summary>
public sealed class SqliteJournalTests
{
    [Fact]
    public async Task The_platform_database_is_in_wal_mode_with_full_sync_by_default()
    {
        using var app = new PlatformFactory();
        Assert.Equal(("wal", 2L), await JournalAsync(app));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "platform.db-wal")));
    }

    [Fact]
    public async Task The_rollback_journal_is_used_when_configured()
    {
        using var app = new PlatformFactory();
        app.Settings["Database:SqliteJournalMode"] = "DELETE";
        Assert.Equal(("delete", 2L), await JournalAsync(app));
    }

    [Theory]
    [InlineData("TRUNCATE")]
    [InlineData("off")]
    public void Another_journal_mode_stops_the_start_with_a_clear_message(string mode)
    {
        using var app = new PlatformFactory();
        app.Settings["Database:SqliteJournalMode"] = mode;
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains($"Database:SqliteJournalMode is '{mode}'", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<(string, long)> JournalAsync(PlatformFactory app) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            var mode = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA synchronous";
            return (mode, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });
}
