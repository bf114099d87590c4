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

    /// <summary>Apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
