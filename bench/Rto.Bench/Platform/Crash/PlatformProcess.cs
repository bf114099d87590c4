using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RentToOwn.Bench.Platform.Crash;

/// <summary>
/// One platform instance as a real child process (<c>dotnet RentToOwn.Platform.dll</c>, the platform's own entry point) on a
/// data directory, with the benchmark's settings (<see cref="BenchPlatform"/>), its embedded cadastre simulator and log in
/// that folder, and the data-protection keys there too (a session cookie survives a restart, as on a cluster's shared key
/// ring). It binds port 0; the address is read from its "Now listening on" line. Killed on every path: <see cref="Kill"/>,
/// <see cref="DisposeAsync"/>, and a process-exit hook for the ones still running.
/// </summary>
public sealed partial class PlatformProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();

    static PlatformProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var p in Running.Values)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }
    };

    private PlatformProcess(Process process, Uri url) => (_process, Url) = (process, url);

    /// <summary>Base address.</summary>
    public Uri Url { get; }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>The platform's entry assembly, copied next to the bench.</summary>
    public static string PlatformDll => Path.Combine(AppContext.BaseDirectory, "RentToOwn.Platform.dll");

    /// <summary>Starts the platform on <paramref name="data"/> (prepared by <see cref="BenchPeople.Prepare"/>) and waits for its address.</summary>
    public static async Task<PlatformProcess> StartAsync(string data, BenchPeople people, CancellationToken ct)
    {
        if (!File.Exists(PlatformDll)) throw new FileNotFoundException($"{PlatformDll} not found: build the bench");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] args =
        [
            PlatformDll, "--urls=http://127.0.0.1:0", "--environment=Development", $"--RentToOwn:DataDirectory={data}",
            "--Logging:LogLevel:Default=Error", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information", "--Ledger:Backend=Embedded",
            "--Payments:Sandbox:ConfirmationDelay=00:00:00", "--Kadastr:Embedded:ProcessingDelay=00:00:00",
            $"--Kadastr:Embedded:SeedPath={people.SeedPath}", $"--ReviewChecks:StateRegistrySeedFile={people.SeedPath}",
            "--RateLimits:LoginPermitLimit=100000000", "--RateLimits:VerifierPermitLimit=100000000",
            $"--Cluster:DataProtectionKeysDirectory={Path.Combine(data, "keys")}",
        ];
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        Running[process.Id] = process;
        try
        {
            var errors = new ConcurrentQueue<string>();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null && errors.Count < 200) errors.Enqueue(e.Data);
            };
            process.BeginErrorReadLine();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(120));
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                    ?? throw new InvalidOperationException($"the platform stopped before listening (exit {(process.WaitForExit(5000) ? process.ExitCode : -1)}): "
                        + string.Join('\n', errors));
                if (Listening().Match(line) is { Success: true } m)
                {
                    var url = new Uri(m.Groups[1].Value.TrimEnd('/') + "/");
                    var started = new PlatformProcess(process, url);
                    foreach (var e in errors) started._errors.Enqueue(e);
                    _ = DrainAsync(process); // keep the pipe from filling
                    return started;
                }
            }
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>What the child wrote to stderr before it listened (for failure messages).</summary>
    public string Errors => string.Join('\n', _errors);

    /// <summary><c>kill -9</c>: SIGKILL, no shutdown hooks; returns once the process is gone.</summary>
    public void Kill() => Stop(_process);

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true); // SIGKILL on Linux
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }

        Running.TryRemove(process.Id, out _);
    }

    private static async Task DrainAsync(Process process)
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is not null)
            {
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Stop(_process);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
