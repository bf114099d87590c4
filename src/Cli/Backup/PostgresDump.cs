using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace RentToOwn.Cli.Backup;

/// <summary>
/// The platform's PostgreSQL database in a backup (issue 17 §3): <c>pg_dump --format=custom</c> (one consistent snapshot
/// of the database, taken online) and <c>pg_restore --single-transaction</c> into an empty database, with Debian's
/// PostgreSQL client (<c>postgresql-client</c>, part of <c>postgresql</c>). The connection string is the platform's
/// (<c>ConnectionStrings:Platform</c>, Npgsql syntax, found by <see cref="PostgresConnection"/>); it is passed to the tools as
/// PG* environment variables, so the password never appears on a command line. Without a password in it, the tools read
/// <c>PGPASSWORD</c> or the pgpass file (<c>Passfile=</c>, <c>PGPASSFILE</c>, <c>~/.pgpass</c>) themselves.
/// </summary>
public static class PostgresDump
{
    /// <summary>The dump's name in the backup.</summary>
    public const string Entry = "postgres/platform.dump";

    /// <summary>Dumps the database to <paramref name="file"/>.</summary>
    /// <exception cref="IOException">The tool is missing or failed (its message included).</exception>
    public static Task DumpAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ct, "--format=custom", "--no-owner", "--no-privileges", "--file", file);

    /// <summary>Restores <paramref name="file"/> into the (empty) database; all or nothing.</summary>
    /// <exception cref="IOException">The tool is missing or failed, e.g. the database is not empty.</exception>
    public static Task RestoreAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ct, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
            "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database ?? "", file);

    /// <summary>Checks the connection string before anything is written.</summary>
    /// <exception cref="InvalidDataException">Not an Npgsql connection string with a database.</exception>
    public static void Validate(string connectionString)
    {
        NpgsqlConnectionStringBuilder cs;
        try
        {
            cs = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("--postgres: not a connection string (Host=…;Port=…;Username=…;Database=…): " + e.Message);
        }

        if (string.IsNullOrWhiteSpace(cs.Database)) throw new InvalidDataException("--postgres: the connection string names no Database");
    }

    private static async Task RunAsync(string tool, string connectionString, CancellationToken ct, params string[] args)
    {
        Validate(connectionString);
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["PGHOST"] = cs.Host ?? "127.0.0.1";
        info.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cs.Username is { Length: > 0 } user) info.Environment["PGUSER"] = user;
        if (cs.Password is { Length: > 0 } password) info.Environment["PGPASSWORD"] = password;
        if (cs.Passfile is { Length: > 0 } passfile) info.Environment["PGPASSFILE"] = passfile;
        info.Environment["PGDATABASE"] = cs.Database;
        info.Environment["PGCONNECT_TIMEOUT"] = "15";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new IOException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            throw new IOException($"{tool} is not installed (Debian: apt-get install postgresql-client)", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            var output = process.StandardOutput.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await output;
            if (process.ExitCode != 0) throw new IOException($"{tool} failed ({process.ExitCode}): {(await error).Trim()}");
        }
    }
}
