using System.CommandLine;
using RentToOwn.Cli.Backup;

namespace RentToOwn.Cli.Commands;

/// <summary>
/// <c>rto backup</c> and <c>rto restore</c>: a consistent online copy of a platform data folder (SQLite databases and the
/// log) and its restoration (<see cref="DataBackup"/>). Exit codes: 0 ok; 2 bad input (missing folder, existing output,
/// non-empty target, not a backup).
/// </summary>
public static class BackupCommand
{
    /// <summary><c>rto backup --data DIR --out FILE</c>.</summary>
    public static Command Backup()
    {
        var data = new Option<string>("--data") { Description = "Platform data folder (RentToOwn:DataDirectory)", Required = true };
        var outFile = new Option<string>("--out") { Description = "Backup file to write (zip; refused if it exists)", Required = true };
        var (postgres, postgresEnv, postgresConfig) = Postgres("The platform's PostgreSQL database (ConnectionStrings:Platform), dumped first with pg_dump");
        var cmd = new Command("backup", "Copy a platform data folder online and consistently: the PostgreSQL database (pg_dump) or SQLite databases (online backup API), then the witness state, then the log")
        {
            data, outFile, postgres, postgresEnv, postgresConfig,
        };
        cmd.SetAction(async (pr, ct) => await Run(pr, async () =>
        {
            var connection = PostgresConnection.Resolve(pr.GetValue(postgres), pr.GetValue(postgresEnv), pr.GetValue(postgresConfig), Environment.GetEnvironmentVariable);
            var manifest = await DataBackup.CreateAsync(pr.GetValue(data)!, pr.GetValue(outFile)!, TimeProvider.System, ct, connection);
            await pr.InvocationConfiguration.Output.WriteLineAsync($"backup of {manifest["files"]!.AsArray().Count} files written to {pr.GetValue(outFile)}");
        }));
        return cmd;
    }

    /// <summary><c>rto restore --in FILE --data DIR</c>.</summary>
    public static Command Restore()
    {
        var inFile = new Option<string>("--in") { Description = "Backup file (rto backup)", Required = true };
        var data = new Option<string>("--data") { Description = "Data folder to restore into (missing or empty)", Required = true };
        var (postgres, postgresEnv, postgresConfig) = Postgres("An empty PostgreSQL database to restore the backup's database into (pg_restore, all or nothing)");
        var cmd = new Command("restore", "Restore a backup into a new data folder (and an empty PostgreSQL database); start the platform (or rto ledger serve) on it")
        {
            inFile, data, postgres, postgresEnv, postgresConfig,
        };
        cmd.SetAction(async (pr, ct) => await Run(pr, async () =>
        {
            var connection = PostgresConnection.Resolve(pr.GetValue(postgres), pr.GetValue(postgresEnv), pr.GetValue(postgresConfig), Environment.GetEnvironmentVariable);
            var count = await DataBackup.RestoreAsync(pr.GetValue(inFile)!, pr.GetValue(data)!, ct, connection);
            await pr.InvocationConfiguration.Output.WriteLineAsync($"{count} files restored into {pr.GetValue(data)}");
        }));
        return cmd;
    }

    // Never a password on the command line (ps shows it to every local user): PostgresConnection refuses one.
    private static (Option<string?> CommandLine, Option<string?> Environment, Option<string?> Config) Postgres(string description) => (
        new("--postgres") { Description = description + " (Npgsql syntax without a password: Host=…;Port=…;Username=…;Database=…; the password comes from PGPASSWORD or a pgpass file)" },
        new("--postgres-env") { Description = "Instead of --postgres: the environment variable holding the connection string, e.g. ConnectionStrings__Platform" },
        new("--postgres-config") { Description = "Instead of --postgres: the platform's JSON configuration file holding ConnectionStrings:Platform" });

    private static async Task<int> Run(ParseResult pr, Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
        {
            await pr.InvocationConfiguration.Error.WriteLineAsync("error: " + e.Message);
            return 2;
        }
    }
}
