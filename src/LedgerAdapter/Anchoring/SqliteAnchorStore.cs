using Microsoft.Data.Sqlite;
using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Anchoring;

/// <summary>Anchors in a SQLite table (by default next to the embedded log, in the same file).</summary>
public sealed class SqliteAnchorStore : IAnchorStore
{
    private readonly string connectionString;

    /// <summary>Opens (creating the table if needed) <paramref name="databasePath"/>.</summary>
    public SqliteAnchorStore(string databasePath)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();
        using var c = new SqliteConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE TABLE IF NOT EXISTS anchors(tree_size INTEGER PRIMARY KEY, chain_id INTEGER NOT NULL, contract TEXT NOT NULL, "
            + "tx_hash TEXT NOT NULL, block INTEGER NOT NULL, root BLOB NOT NULL)";
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async Task SaveAsync(LedgerAnchor anchor, CancellationToken ct = default)
    {
        await using var c = new SqliteConnection(connectionString);
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT OR REPLACE INTO anchors VALUES ($s, $c, $a, $t, $b, $r)";
        cmd.Parameters.AddWithValue("$s", anchor.TreeSize);
        cmd.Parameters.AddWithValue("$c", anchor.ChainId);
        cmd.Parameters.AddWithValue("$a", anchor.Contract);
        cmd.Parameters.AddWithValue("$t", anchor.TransactionHash);
        cmd.Parameters.AddWithValue("$b", anchor.BlockNumber);
        cmd.Parameters.AddWithValue("$r", anchor.RootHash);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task<LedgerAnchor?> LatestAsync(CancellationToken ct = default)
    {
        await using var c = new SqliteConnection(connectionString);
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT chain_id, contract, tx_hash, block, tree_size, root FROM anchors ORDER BY tree_size DESC LIMIT 1";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new LedgerAnchor(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), (byte[])r[5])
            : null;
    }
}
