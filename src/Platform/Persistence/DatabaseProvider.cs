namespace RentToOwn.Platform.Persistence;

/// <summary>Which database engine holds the platform's data (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file under the data directory (default).</summary>
    Sqlite,
    /// <summary>A PostgreSQL server given by <c>ConnectionStrings:Platform</c>.</summary>
    PostgreSql,
}
