using Microsoft.Data.Sqlite;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// The log's SQLite storage (WAL): the schema, the writer's prepared statements on its one
/// connection, and reads on pooled connections of their own. Holds no tree or signing logic.
/// </summary>
internal sealed class LedgerStorage : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly SqliteConnection writeConnection;
    private readonly SqliteCommand insertLeaf;
    private readonly SqliteCommand insertCheckpoint;
    private readonly SqliteCommand updateCheckpoint;
    private readonly SqliteCommand insertKey;
    private readonly SqliteCommand findKey;

    /// <summary>Opens (creating if needed) the database and prepares the writer's statements.</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="synchronous">The <c>PRAGMA synchronous</c> level (FULL, EXTRA or NORMAL; checked by the caller).</param>
    public LedgerStorage(string databasePath, string synchronous)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        writeConnection = new SqliteConnection(connectionString);
        writeConnection.Open();
        Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};"
            + "CREATE TABLE IF NOT EXISTS leaves(idx INTEGER PRIMARY KEY, subject TEXT NOT NULL, entry BLOB NOT NULL);"
            + "CREATE INDEX IF NOT EXISTS leaves_subject ON leaves(subject, idx);"
            + "CREATE TABLE IF NOT EXISTS checkpoints(size INTEGER PRIMARY KEY, note TEXT NOT NULL);"
            + "CREATE TABLE IF NOT EXISTS record_keys(key BLOB PRIMARY KEY, idx INTEGER NOT NULL) WITHOUT ROWID;");
        insertLeaf = Command("INSERT INTO leaves(idx, subject, entry) VALUES ($i, $s, $e)", "$i", "$s", "$e");
        insertCheckpoint = Command("INSERT OR REPLACE INTO checkpoints(size, note) VALUES ($i, $n)", "$i", "$n");
        updateCheckpoint = Command("UPDATE checkpoints SET note = $n WHERE size = $i", "$i", "$n");
        insertKey = Command("INSERT OR IGNORE INTO record_keys(key, idx) VALUES ($k, $i)", "$k", "$i");
        findKey = Command("SELECT k.idx, l.entry FROM record_keys k JOIN leaves l ON l.idx = k.idx WHERE k.key = $k", "$k");
    }

    /// <summary>Every stored leaf in index order (read on the writer's connection, before the writer starts).</summary>
    public IEnumerable<(long Index, string Subject, byte[] Entry)> ReadLeaves()
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = "SELECT idx, subject, entry FROM leaves ORDER BY idx";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), reader.GetString(1), (byte[])reader[2]);
        }
    }

    /// <summary>The largest leaf index with a stored record key (-1 when none): leaves after it are keyed on open.</summary>
    public long LastKeyedIndex()
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(idx), -1) FROM record_keys";
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Stores a record key (the first leaf with a key keeps it), within <paramref name="tx"/> or on its own.</summary>
    public void InsertKey(SqliteTransaction? tx, byte[] key, long index)
    {
        insertKey.Transaction = tx;
        insertKey.Parameters[0].Value = key;
        insertKey.Parameters[1].Value = index;
        insertKey.ExecuteNonQuery();
    }

    /// <summary>The stored leaf with this record key, or null (on the writer's connection, within <paramref name="tx"/>).</summary>
    public (long Index, byte[] Entry)? FindKey(SqliteTransaction? tx, byte[] key)
    {
        findKey.Transaction = tx;
        findKey.Parameters[0].Value = key;
        using var reader = findKey.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), (byte[])reader[1]) : null;
    }

    /// <summary>The note of the largest stored checkpoint, or null when none is stored.</summary>
    public string? LatestCheckpointNote()
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = "SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1";
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stores the signed checkpoint of the empty tree (a new log).</summary>
    public void InsertEmptyCheckpoint(string note) =>
        Execute($"INSERT INTO checkpoints(size, note) VALUES (0, '{note.Replace("'", "''")}')");

    /// <summary>Starts the transaction of one group commit on the writer's connection.</summary>
    public SqliteTransaction BeginBatch() => writeConnection.BeginTransaction();

    /// <summary>Inserts one leaf within <paramref name="tx"/>.</summary>
    public void InsertLeaf(SqliteTransaction tx, long index, string subject, byte[] entry)
    {
        insertLeaf.Transaction = tx;
        insertLeaf.Parameters[0].Value = index;
        insertLeaf.Parameters[1].Value = subject;
        insertLeaf.Parameters[2].Value = entry;
        insertLeaf.ExecuteNonQuery();
    }

    /// <summary>Stores (or replaces) the signed checkpoint of <paramref name="size"/> within <paramref name="tx"/>.</summary>
    public void InsertCheckpoint(SqliteTransaction tx, long size, string note)
    {
        insertCheckpoint.Transaction = tx;
        insertCheckpoint.Parameters[0].Value = size;
        insertCheckpoint.Parameters[1].Value = note;
        insertCheckpoint.ExecuteNonQuery();
    }

    /// <summary>Replaces a stored checkpoint's note by its cosigned form (within <paramref name="tx"/>, or on its own when null).</summary>
    public void UpdateCheckpoint(SqliteTransaction? tx, long size, string note)
    {
        updateCheckpoint.Transaction = tx;
        updateCheckpoint.Parameters[0].Value = size;
        updateCheckpoint.Parameters[1].Value = note;
        updateCheckpoint.ExecuteNonQuery();
    }

    /// <summary>The stored entry at <paramref name="index"/>, or null.</summary>
    public async Task<byte[]?> GetEntryAsync(long index, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT entry FROM leaves WHERE idx = $i";
        cmd.Parameters.AddWithValue("$i", index);
        return await cmd.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary>A subject's stored entries in index order.</summary>
    public async Task<IReadOnlyList<(long Index, byte[] Entry)>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT idx, entry FROM leaves WHERE subject = $s ORDER BY idx";
        cmd.Parameters.AddWithValue("$s", subjectId);
        var result = new List<(long, byte[])>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetInt64(0), (byte[])reader[1]));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        insertLeaf.Dispose();
        insertCheckpoint.Dispose();
        updateCheckpoint.Dispose();
        insertKey.Dispose();
        findKey.Dispose();
        await writeConnection.DisposeAsync();
    }

    private void Execute(string sql)
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        cmd.Prepare();
        return cmd;
    }
}
