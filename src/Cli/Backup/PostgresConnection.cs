using Microsoft.Extensions.Configuration;
using Npgsql;

namespace RentToOwn.Cli.Backup;

/// <summary>
/// Where <c>rto backup</c> / <c>rto restore</c> take the platform's PostgreSQL connection string from, so that its password
/// never stands on a command line (visible to every local user in <c>ps</c> and <c>/proc/PID/cmdline</c>, kept in shell
/// history): <c>--postgres</c> without a password (the password then comes from <c>PGPASSWORD</c> or a pgpass file, read by
/// <c>pg_dump</c>/<c>pg_restore</c> themselves), <c>--postgres-env NAME</c> (the whole string in an environment variable, e.g.
/// the platform's own <c>ConnectionStrings__Platform</c>), or <c>--postgres-config FILE</c> (<c>ConnectionStrings:Platform</c>
/// of the platform's JSON configuration file).
/// </summary>
public static class PostgresConnection
{
    /// <summary>The configuration key the platform reads (and <c>--postgres-config</c> reads back).</summary>
    public const string ConfigurationKey = "ConnectionStrings:Platform";

    private const string Ways = "leave it out and set PGPASSWORD or a pgpass file (~/.pgpass or PGPASSFILE), or give the whole connection string "
        + "in an environment variable (--postgres-env ConnectionStrings__Platform) or in the platform's configuration file (--postgres-config FILE)";

    /// <summary>
    /// The connection string from the one source given, or null when none is given (no PostgreSQL database).
    /// </summary>
    /// <param name="commandLine">The value of <c>--postgres</c>: refused if it holds a password.</param>
    /// <param name="variable">The value of <c>--postgres-env</c>: an environment variable's name.</param>
    /// <param name="configFile">The value of <c>--postgres-config</c>: a JSON configuration file.</param>
    /// <param name="environment">Reads an environment variable (the process's; a test's own in tests).</param>
    /// <exception cref="InvalidDataException">Two sources, a password on the command line, an unset variable, a file without the key; the message says which.</exception>
    public static string? Resolve(string? commandLine, string? variable, string? configFile, Func<string, string?> environment)
    {
        (string Option, string? Value)[] sources = [("--postgres", commandLine), ("--postgres-env", variable), ("--postgres-config", configFile)];
        var given = sources.Where(s => s.Value is not null).ToList();
        if (given.Count > 1)
        {
            throw new InvalidDataException($"{string.Join(" and ", given.Select(g => g.Option))}: give the connection string one way only");
        }

        if (commandLine is not null)
        {
            if (Parse("--postgres", commandLine).Password is { Length: > 0 })
            {
                throw new InvalidDataException("--postgres: the connection string holds a password, and a password on the command line is visible to "
                    + "every local user (ps, /proc) and stays in shell history: " + Ways);
            }

            return commandLine;
        }

        if (variable is not null)
        {
            if (string.IsNullOrWhiteSpace(variable)) throw new InvalidDataException("--postgres-env: give the name of an environment variable");
            var value = environment(variable);
            if (string.IsNullOrWhiteSpace(value)) throw new InvalidDataException($"--postgres-env {variable}: the environment variable is not set");
            Parse($"--postgres-env {variable}", value);
            return value;
        }

        if (configFile is not null)
        {
            var path = Path.GetFullPath(configFile);
            if (!File.Exists(path)) throw new InvalidDataException($"--postgres-config: {path} does not exist");
            IConfiguration configuration;
            try
            {
                configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
            }
            catch (Exception e) when (e is InvalidDataException or FormatException)
            {
                throw new InvalidDataException($"--postgres-config: {path} is not a JSON configuration file: {e.Message}");
            }

            var value = configuration[ConfigurationKey];
            if (string.IsNullOrWhiteSpace(value)) throw new InvalidDataException($"--postgres-config: {path} has no {ConfigurationKey}");
            Parse($"--postgres-config {path}", value);
            return value;
        }

        return null;
    }

    private static NpgsqlConnectionStringBuilder Parse(string source, string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            // The value may hold a password: the message names the source, not the value.
            throw new InvalidDataException($"{source}: not a connection string (Host=…;Port=…;Username=…;Database=…): {e.Message}");
        }
    }
}
