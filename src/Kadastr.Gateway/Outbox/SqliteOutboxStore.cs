using Google.Protobuf;
using Microsoft.Data.Sqlite;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Outbox;

/// <summary>The outbox in a SQLite file (WAL, synchronous FULL: a stored submission survives a crash).</summary>
public sealed class SqliteOutboxStore : IOutboxStore, IDisposable
{
    private readonly SqliteConnection db;
    private readonly Lock gate = new();

    /// <summary>Opens or creates the outbox at <paramref name="path"/>.</summary>
    public SqliteOutboxStore(string path)
    {
        db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        db.Open();
        Exec("""
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS outbox(
              application_id TEXT PRIMARY KEY, payload BLOB NOT NULL, state INTEGER NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT,
              enqueued_at INTEGER NOT NULL, sent_at INTEGER, last_sequence INTEGER NOT NULL DEFAULT 0,
              last_status INTEGER NOT NULL DEFAULT 0, reason_code TEXT);
            CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt_at);
            """);
        // Outboxes created before event hand-over failures were tracked get the two columns.
        AddColumnIfMissing("event_failures", "INTEGER NOT NULL DEFAULT 0");
        AddColumnIfMissing("event_error", "TEXT");
        // The W3C trace context of the request that enqueued (issue 17 §4): the send, later and on another thread, continues it.
        AddColumnIfMissing("trace_parent", "TEXT");
        AddColumnIfMissing("trace_state", "TEXT");
    }

    /// <inheritdoc />
    public bool Enqueue(Application application, DateTimeOffset now, string? traceParent = null, string? traceState = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(application.Id, "application.Id");
        var ms = now.ToUnixTimeMilliseconds();
        return Exec("INSERT OR IGNORE INTO outbox(application_id, payload, state, next_attempt_at, enqueued_at, trace_parent, trace_state) VALUES($1,$2,0,$3,$3,$4,$5)",
            application.Id, application.ToByteArray(), ms, traceParent, traceState) == 1;
    }

    /// <inheritdoc />
    public OutboxItem? Find(string applicationId) => Select("WHERE application_id=$1", applicationId).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<OutboxItem> Due(DateTimeOffset now, int limit) =>
        Select("WHERE state=0 AND next_attempt_at<=$1 ORDER BY next_attempt_at, enqueued_at LIMIT $2", now.ToUnixTimeMilliseconds(), limit);

    /// <inheritdoc />
    public IReadOnlyList<OutboxItem> InState(OutboxState state) => Select("WHERE state=$1 ORDER BY enqueued_at", (int)state);

    /// <inheritdoc />
    public DateTimeOffset? NextDue()
    {
        lock (gate)
        {
            using var cmd = Command("SELECT MIN(next_attempt_at) FROM outbox WHERE state=0");
            return cmd.ExecuteScalar() is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        }
    }

    /// <inheritdoc />
    public void MarkSent(string applicationId, ApplicationStatus status, string? reasonCode, DateTimeOffset now) =>
        Exec("UPDATE outbox SET state=1, attempts=attempts+1, sent_at=$2, last_status=$3, reason_code=$4, last_error=NULL WHERE application_id=$1 AND state=0",
            applicationId, now.ToUnixTimeMilliseconds(), (int)status, reasonCode);

    /// <inheritdoc />
    public void Reschedule(string applicationId, DateTimeOffset nextAttemptAt, string error) =>
        Exec("UPDATE outbox SET attempts=attempts+1, next_attempt_at=$2, last_error=$3 WHERE application_id=$1 AND state=0",
            applicationId, nextAttemptAt.ToUnixTimeMilliseconds(), error);

    /// <inheritdoc />
    public void MarkFailed(string applicationId, string error) =>
        Exec("UPDATE outbox SET state=3, attempts=attempts+1, last_error=$2 WHERE application_id=$1", applicationId, error);

    /// <inheritdoc />
    public void RecordEvent(string applicationId, ulong sequence, ApplicationStatus status, string? reasonCode) =>
        Exec("UPDATE outbox SET last_sequence=$2, last_status=$3, reason_code=COALESCE($4, reason_code), event_failures=0, event_error=NULL WHERE application_id=$1 AND last_sequence<$2",
            applicationId, (long)sequence, (int)status, reasonCode);

    /// <inheritdoc />
    public void RecordEventFailure(string applicationId, ulong sequence, string error) =>
        Exec("UPDATE outbox SET event_failures=event_failures+1, event_error=$3 WHERE application_id=$1 AND last_sequence<$2",
            applicationId, (long)sequence, $"#{sequence}: {error}");

    /// <inheritdoc />
    public IReadOnlyList<OutboxItem> WithUndeliveredEvents() => Select("WHERE event_failures>0 ORDER BY enqueued_at");

    /// <inheritdoc />
    public void RecordStatus(string applicationId, ApplicationStatus status, string? reasonCode) =>
        Exec("UPDATE outbox SET last_status=$2, reason_code=$3 WHERE application_id=$1", applicationId, (int)status, reasonCode);

    /// <inheritdoc />
    public void MarkDone(string applicationId) => Exec("UPDATE outbox SET state=2 WHERE application_id=$1", applicationId);

    /// <inheritdoc />
    public void Dispose() => db.Dispose();

    private List<OutboxItem> Select(string where, params object?[] args)
    {
        lock (gate)
        {
            using var cmd = Command(
                "SELECT application_id, payload, state, attempts, next_attempt_at, last_error, enqueued_at, sent_at, last_sequence, last_status, reason_code, event_failures, event_error, trace_parent, trace_state FROM outbox " + where,
                args);
            using var r = cmd.ExecuteReader();
            var list = new List<OutboxItem>();
            while (r.Read())
            {
                list.Add(new OutboxItem(
                    r.GetString(0),
                    Application.Parser.ParseFrom((byte[])r[1]),
                    (OutboxState)r.GetInt32(2),
                    r.GetInt32(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)),
                    r.IsDBNull(5) ? null : r.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
                    r.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)),
                    (ulong)r.GetInt64(8),
                    (ApplicationStatus)r.GetInt32(9),
                    r.IsDBNull(10) ? null : r.GetString(10),
                    r.GetInt32(11),
                    r.IsDBNull(12) ? null : r.GetString(12),
                    r.IsDBNull(13) ? null : r.GetString(13),
                    r.IsDBNull(14) ? null : r.GetString(14)));
            }

            return list;
        }
    }

    private void AddColumnIfMissing(string column, string definition)
    {
        lock (gate)
        {
            using var check = Command("SELECT COUNT(*) FROM pragma_table_info('outbox') WHERE name=$1", column);
            if ((long)check.ExecuteScalar()! == 0)
            {
                using var alter = Command($"ALTER TABLE outbox ADD COLUMN {column} {definition}");
                alter.ExecuteNonQuery();
            }
        }
    }

    private int Exec(string sql, params object?[] args)
    {
        lock (gate)
        {
            using var cmd = Command(sql, args);
            return cmd.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, params object?[] args)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            cmd.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), args[i] ?? DBNull.Value);
        }

        return cmd;
    }
}
