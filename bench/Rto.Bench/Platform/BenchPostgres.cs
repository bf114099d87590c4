using System.Diagnostics;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// A throw-away PostgreSQL server for <c>bench lifecycle --database postgres</c> (Debian <c>postgresql</c>): a fresh
/// cluster in a temp folder that listens on its unix socket only (no TCP port), trust auth, fsync off; as root it runs
/// as the <c>postgres</c> user. Stopped (fast shutdown) and deleted on dispose.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string _root;
    private readonly Process _server;

    private BenchPostgres(string root, Process server) => (_root, _server) = (root, server);

    /// <summary>The connection string of database <c>rto</c>.</summary>
    public string ConnectionString => $"Host={Path.Combine(_root, "sock")};Username=postgres;Database=rto;Maximum Pool Size=60";

    /// <summary>Initialises and starts the server, and creates database <c>rto</c>.</summary>
    public static async Task<BenchPostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL not found under /usr/lib/postgresql/*/bin: run scripts/install-deps.sh (Debian postgresql)");
        var asRoot = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("rto-bench-pg-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        if (asRoot) await RunAsync("chown", ["-R", "postgres:postgres", root]);
        await RunAsync(Exe(asRoot, bin, "initdb"), Args(asRoot, bin, "initdb", "-D", Path.Combine(root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"));
        var psi = new ProcessStartInfo(Exe(asRoot, bin, "postgres")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in Args(asRoot, bin, "postgres", "-D", Path.Combine(root, "data"), "-k", Path.Combine(root, "sock"),
                     "-c", "listen_addresses=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "max_connections=200")) psi.ArgumentList.Add(a);
        var server = Process.Start(psi)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var pg = new BenchPostgres(root, server);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await RunAsync(Exe(asRoot, bin, "createdb"), Args(asRoot, bin, "createdb", "-h", Path.Combine(root, "sock"), "-U", "postgres", "rto"));
                return pg;
            }
            catch (InvalidOperationException) when (attempt < 100 && !server.HasExited)
            {
                await Task.Delay(200); // the postmaster is still starting: its socket appears when it accepts connections
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            var pidFile = Path.Combine(_root, "data", "postmaster.pid");
            var pid = File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var p) ? p : _server.Id;
            await RunAsync("kill", ["-INT", pid.ToString()]); // fast shutdown
            if (!_server.WaitForExit(TimeSpan.FromSeconds(20))) _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Exe(bool asRoot, string bin, string tool) => asRoot ? "runuser" : Path.Combine(bin, tool);

    private static string[] Args(bool asRoot, string bin, string tool, params string[] args) => asRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. args] : args;

    private static async Task RunAsync(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var error = p.StandardError.ReadToEndAsync();
        await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)}: exit {p.ExitCode}: {await error}");
    }
}
