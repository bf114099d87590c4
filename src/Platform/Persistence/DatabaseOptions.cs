namespace RentToOwn.Platform.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Database";

    /// <summary>Engine; <see cref="DatabaseProvider.Sqlite"/> unless configured.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file name inside the data directory (ignored when a connection string is set).</summary>
    public string SqliteFileName { get; set; } = "platform.db";

    /// <summary>
    /// SQLite's journal: <c>WAL</c> (default; readers do not block the writer, and a commit appends to the log instead of
    /// rewriting pages and a rollback journal, with <c>synchronous=FULL</c> as durable as before) or <c>DELETE</c> (the
    /// rollback journal, SQLite's own default and this platform's before issue 17). Set when the host starts.
    /// </summary>
    public string SqliteJournalMode { get; set; } = "WAL";

    /// <summary>Apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
