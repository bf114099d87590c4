using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server started for the test run (Debian <c>postgresql</c>, installed by
/// scripts/test.sh): a fresh cluster in a temp directory, on a free 127.0.0.1 port, its unix socket
/// inside the temp directory, trust auth. As root, initdb/postgres run as the <c>postgres</c> user.
/// Missing binaries fail the tests with a clear message; the server is stopped on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _root;
    private Process? _server;
    private int _port;
    private int _databases;

    /// <summary>Connection string for database <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=false;Timeout=15";

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"rto_test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40];
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var bin = FindBinaries();
        var asRoot = Environment.UserName == "root";
        _root = Directory.CreateTempSubdirectory("rto-pg-").FullName;
        var dataDir = Path.Combine(_root, "data");
        var sockDir = Path.Combine(_root, "sock");
        Directory.CreateDirectory(sockDir);
        if (asRoot)
        {
            Run("chown", ["-R", "postgres:postgres", _root]);
        }

        Run(Cmd(asRoot, Path.Combine(bin, "initdb")),
            Args(asRoot, Path.Combine(bin, "initdb"), "-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"));

        // The port is probed free, then taken by postgres itself; if another server took it meanwhile, postgres exits
        // (or answers for another data directory) and the start is retried on a new port.
        for (var attempt = 1; ; attempt++)
        {
            _port = FreePort();
            var psi = new ProcessStartInfo(Cmd(asRoot, Path.Combine(bin, "postgres")))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in Args(asRoot, Path.Combine(bin, "postgres"), "-D", dataDir, "-p", _port.ToString(),
                         "-k", sockDir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=50"))
            {
                psi.ArgumentList.Add(a);
            }

            _server = Process.Start(psi) ?? throw new InvalidOperationException("could not start postgres");
            _server.OutputDataReceived += (_, _) => { };
            _server.ErrorDataReceived += (_, _) => { };
            _server.BeginOutputReadLine();
            _server.BeginErrorReadLine();
            try
            {
                await WaitUntilReadyAsync(dataDir);
                return;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                if (!_server.HasExited) _server.Kill(entireProcessTree: true);
                await _server.WaitForExitAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            // SIGINT to the postmaster = PostgreSQL "fast shutdown" (runuser may not forward it).
            _ = Kill(PostmasterPid() ?? _server.Id, 2);
            if (!_server.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _server.Kill(entireProcessTree: true);
            }
        }

        _server?.Dispose();
        await Task.Yield();
        if (_root is not null)
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private int? PostmasterPid()
    {
        var pidFile = Path.Combine(_root!, "data", "postmaster.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
    }

    private async Task WaitUntilReadyAsync(string dataDir)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with code {_server.ExitCode} during start-up");
            }

            try
            {
                await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
                await conn.OpenAsync();
                await using var show = new NpgsqlCommand("show data_directory", conn);
                var serving = (string)(await show.ExecuteScalarAsync())!;
                if (Path.GetFullPath(serving) != Path.GetFullPath(dataDir))
                {
                    throw new InvalidOperationException($"port {_port} answers for another server ({serving})");
                }

                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                last = ex;
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("PostgreSQL did not accept connections within 30 s", last);
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. " +
            "Run `bash scripts/test.sh` (it installs Debian `postgresql`) or `apt-get install postgresql`.");
    }

    private static string Cmd(bool asRoot, string exe) => asRoot ? "runuser" : exe;

    private static IEnumerable<string> Args(bool asRoot, string exe, params string[] args) =>
        asRoot ? ["-u", "postgres", "--", exe, .. args] : args;

    private static void Run(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
        }
    }

    private static int Kill(int pid, int signal)
    {
        using var p = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{signal}", pid.ToString() } })!;
        p.WaitForExit();
        return p.ExitCode;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
