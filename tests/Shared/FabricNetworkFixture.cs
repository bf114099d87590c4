using System.Diagnostics;
using RentToOwn.LedgerAdapter.Fabric;

namespace RentToOwn.Tests.Shared;

// Compiled into each test project that needs it (linked from its .csproj): one network per test assembly run.

/// <summary>
/// Starts the two-organisation network once for the test run with deploy/fabric/network.sh (the same script
/// people use) in a temporary folder, and stops it at the end — also when the run is torn down early.
/// </summary>
public sealed class FabricNetworkFixture : IAsyncLifetime
{
    private int _down;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "rto-fabric-tests", Guid.NewGuid().ToString("N")[..12]);

    public FabricConnectionProfile Profile { get; private set; } = null!;

    public string ProfilePath => Path.Combine(Directory, "connection.json");

    public TimeSpan StartTime { get; private set; }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("RentToOwn.sln not found above " + AppContext.BaseDirectory);
    }

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Down();
        var watch = Stopwatch.StartNew();
        // network.sh picks a block of ports that was free when it looked; if a port was taken before a peer bound it,
        // the start fails: tear down and try once more on a new block.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await NetworkAsync(TimeSpan.FromSeconds(150), "up", Directory);
                break;
            }
            catch (InvalidOperationException) when (attempt < 2)
            {
                TearDown();
                System.IO.Directory.CreateDirectory(Directory);
            }
            catch
            {
                Down();
                throw;
            }
        }

        StartTime = watch.Elapsed;
        Profile = FabricConnectionProfile.Load(ProfilePath);
    }

    public Task DisposeAsync()
    {
        Down();
        return Task.CompletedTask;
    }

    public FabricSigningRegistry Registry(string? mspId = null, FabricRetryOptions? retry = null) => FabricSigningRegistry.Open(Profile, mspId, retry: retry);

    public Task StopPeerAsync(string org) => NetworkAsync(TimeSpan.FromSeconds(30), "stop-peer", Directory, org);

    public Task StartPeerAsync(string org) => NetworkAsync(TimeSpan.FromSeconds(60), "start-peer", Directory, org);

    private void Down()
    {
        if (Interlocked.Exchange(ref _down, 1) == 1) return;
        TearDown();
    }

    private void TearDown()
    {
        try
        {
            NetworkAsync(TimeSpan.FromSeconds(60), "down", Directory).GetAwaiter().GetResult();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"fabric fixture: down {Directory}: {e.Message}");
        }
    }

    private static async Task NetworkAsync(TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepositoryRoot(), "deploy", "fabric", "network.sh"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["FABRIC_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture); // down if this host dies
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"network.sh {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s: {await stderr}");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"network.sh {string.Join(' ', args)} exited {p.ExitCode}: {await stdout}{await stderr}");
        }
    }
}

[CollectionDefinition("fabric")]
public sealed class FabricCollection : ICollectionFixture<FabricNetworkFixture>;
