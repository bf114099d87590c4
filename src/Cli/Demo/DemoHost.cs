using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using RentToOwn.Platform;

namespace RentToOwn.Cli.Demo;

/// <summary>The platform hosted in this process on a free 127.0.0.1 port with a temp data directory (embedded defaults).</summary>
public sealed class DemoHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoHost(WebApplication app, Uri url, string dataDirectory)
    {
        _app = app;
        Url = url;
        DataDirectory = dataDirectory;
    }

    /// <summary>Base address.</summary>
    public Uri Url { get; }

    /// <summary>The temp data directory (SQLite, test PKI, ledger); deleted on dispose.</summary>
    public string DataDirectory { get; }

    /// <summary>Starts the platform: SQLite, embedded ledger, test PKI and demo users, Development environment.</summary>
    public static async Task<DemoHost> StartAsync(CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("rto-demo-").FullName;
        var port = FreePort();
        var app = PlatformApp.Build([
            $"--urls=http://127.0.0.1:{port}", "--environment=Development", $"--RentToOwn:DataDirectory={data}",
            "--Jobs:Enabled=false", "--Logging:LogLevel:Default=Error",
        ]);
        await app.StartAsync(ct);
        return new DemoHost(app, new Uri($"http://127.0.0.1:{port}/"), data);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
