using RentToOwn.Cli.Backup;
using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

/// <summary>
/// Issue 17 §3: <c>rto backup/restore</c> never take the PostgreSQL password on the command line (<c>ps</c> shows it to
/// every local user): a password in <c>--postgres</c> is refused; the connection string comes from an environment variable
/// or the platform's configuration file, or without a password (PGPASSWORD / pgpass). The dump itself: LedgerAdapter.Tests'
/// PostgresBackupTests.
/// </summary>
public sealed class PostgresConnectionTests : IDisposable
{
    private const string Secret = "s3cret-not-for-ps";
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("rto-pgconn-");
    private readonly Dictionary<string, string?> _environment = [];

    public void Dispose() => _temp.Delete(recursive: true);

    private string? Resolve(string? commandLine = null, string? variable = null, string? config = null) =>
        PostgresConnection.Resolve(commandLine, variable, config, name => _environment.GetValueOrDefault(name));

    [Fact]
    public void A_password_on_the_command_line_is_refused_with_the_ways_to_give_it_and_without_echoing_it()
    {
        var e = Assert.Throws<InvalidDataException>(() => Resolve($"Host=db;Username=rto;Password={Secret};Database=rto"));

        Assert.StartsWith("--postgres: the connection string holds a password, and a password on the command line is visible", e.Message);
        Assert.Contains("PGPASSWORD", e.Message);
        Assert.Contains("--postgres-env ConnectionStrings__Platform", e.Message);
        Assert.Contains("--postgres-config FILE", e.Message);
        Assert.DoesNotContain(Secret, e.Message);
    }

    [Fact]
    public void Backup_and_restore_refuse_a_password_in_argv_before_writing_anything()
    {
        var data = Directory.CreateDirectory(Path.Combine(_temp.FullName, "data")).FullName;
        var backup = Path.Combine(_temp.FullName, "backup.zip");
        var cs = $"Host=127.0.0.1;Username=rto;Password={Secret};Database=rto";

        var (code, _, error) = CliRunner.Run(BackupCommand.Backup(), "--data", data, "--out", backup, "--postgres", cs);
        Assert.Equal(2, code);
        Assert.Contains("password on the command line", error);
        Assert.DoesNotContain(Secret, error);
        Assert.False(File.Exists(backup));

        var target = Path.Combine(_temp.FullName, "restored");
        var (restoreCode, _, restoreError) = CliRunner.Run(BackupCommand.Restore(), "--in", backup, "--data", target, "--postgres", cs);
        Assert.Equal(2, restoreCode);
        Assert.Contains("password on the command line", restoreError);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Without_a_password_the_command_line_string_is_used_and_the_tools_read_PGPASSWORD_or_pgpass()
    {
        Assert.Equal("Host=db;Username=rto;Database=rto", Resolve("Host=db;Username=rto;Database=rto"));
        Assert.Null(Resolve());
    }

    [Fact]
    public void The_connection_string_with_its_password_comes_from_an_environment_variable()
    {
        _environment["ConnectionStrings__Platform"] = $"Host=db;Username=rto;Password={Secret};Database=rto";
        Assert.Equal(_environment["ConnectionStrings__Platform"], Resolve(variable: "ConnectionStrings__Platform"));

        var unset = Assert.Throws<InvalidDataException>(() => Resolve(variable: "RTO_NOT_SET"));
        Assert.Equal("--postgres-env RTO_NOT_SET: the environment variable is not set", unset.Message);
        _environment["RTO_GARBLED"] = $"Host=db;Password={Secret};Nonsense=1";
        var garbled = Assert.Throws<InvalidDataException>(() => Resolve(variable: "RTO_GARBLED"));
        Assert.StartsWith("--postgres-env RTO_GARBLED: not a connection string", garbled.Message);
        Assert.DoesNotContain(Secret, garbled.Message);
    }

    [Fact]
    public void The_connection_string_comes_from_the_platforms_configuration_file()
    {
        var file = Path.Combine(_temp.FullName, "appsettings.Production.json");
        File.WriteAllText(file, $$"""{ "Database": { "Provider": "PostgreSql" }, "ConnectionStrings": { "Platform": "Host=db;Username=rto;Password={{Secret}};Database=rto" } }""");
        Assert.Equal($"Host=db;Username=rto;Password={Secret};Database=rto", Resolve(config: file));

        var empty = Path.Combine(_temp.FullName, "empty.json");
        File.WriteAllText(empty, """{ "Database": { "Provider": "Sqlite" } }""");
        Assert.EndsWith("has no ConnectionStrings:Platform", Assert.Throws<InvalidDataException>(() => Resolve(config: empty)).Message);
        var broken = Path.Combine(_temp.FullName, "broken.json");
        File.WriteAllText(broken, "{ \"ConnectionStrings\": ");
        Assert.Contains("is not a JSON configuration file", Assert.Throws<InvalidDataException>(() => Resolve(config: broken)).Message);
        var missing = Path.Combine(_temp.FullName, "missing.json");
        Assert.EndsWith("missing.json does not exist", Assert.Throws<InvalidDataException>(() => Resolve(config: missing)).Message);
    }

    [Fact]
    public void Two_sources_at_once_are_refused()
    {
        _environment["PG"] = "Host=db;Database=rto";
        var e = Assert.Throws<InvalidDataException>(() => Resolve("Host=db;Database=rto", "PG"));
        Assert.Equal("--postgres and --postgres-env: give the connection string one way only", e.Message);
    }
}
