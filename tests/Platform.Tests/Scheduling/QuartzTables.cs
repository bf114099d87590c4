using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>Reads Quartz's own tables straight from the database (SQLite file or PostgreSQL).</summary>
public sealed class QuartzTables(Func<DbConnection> open)
{
    /// <summary>The tables of the SQLite file <c>platform.db</c> in <paramref name="dataDirectory"/>.</summary>
    public static QuartzTables Sqlite(string dataDirectory) =>
        new(() => new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "platform.db")};Pooling=false"));

    /// <summary>The tables of a PostgreSQL database.</summary>
    public static QuartzTables Postgres(string connectionString) => new(() => new NpgsqlConnection(connectionString));

    /// <summary>One trigger row.</summary>
    public sealed record TriggerRow(string Scheduler, string Group, string Name, string Job, long NextFireTime, string State);

    /// <summary>Every trigger row, ordered by group and name.</summary>
    public async Task<List<TriggerRow>> TriggersAsync()
    {
        await using var conn = open();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT sched_name, trigger_group, trigger_name, job_name, next_fire_time, trigger_state FROM qrtz_triggers ORDER BY trigger_group, trigger_name";
        var rows = new List<TriggerRow>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            rows.Add(new TriggerRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? 0 : r.GetInt64(4), r.GetString(5)));
        }

        return rows;
    }

    /// <summary>(group, name, job class) of every stored job.</summary>
    public async Task<List<(string Group, string Name, string JobClass)>> JobsAsync()
    {
        await using var conn = open();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT job_group, job_name, job_class_name FROM qrtz_job_details ORDER BY job_group, job_name";
        var rows = new List<(string, string, string)>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) rows.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return rows;
    }
}
