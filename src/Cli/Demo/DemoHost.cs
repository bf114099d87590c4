using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// The platform hosted in this process on a 127.0.0.1 port Kestrel picks itself (port 0) with a temp data directory: SQLite, test PKI and demo
/// users, the in-process cadastre simulator and the payment sandbox (the embedded defaults, Development), and the ledger
/// backend chosen by <see cref="DemoLedger"/>.
/// </summary>
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

    /// <summary>Starts the platform with the embedded ledger.</summary>
    public static Task<DemoHost> StartAsync(CancellationToken ct) => StartAsync(DemoLedger.Embedded, [], ct);

    /// <summary>Starts the platform; <paramref name="settings"/> are extra <c>--Key=Value</c> configuration lines.</summary>
    /// <exception cref="DemoException">The platform did not start (e.g. no EVM node answers); the message says why.</exception>
    public static Task<DemoHost> StartAsync(DemoLedger ledger, IReadOnlyList<string> settings, CancellationToken ct) => StartAsync(ledger, settings, null, ct);

    /// <summary>Starts the platform; <paramref name="configure"/> may replace services (a test's clock).</summary>
    /// <exception cref="DemoException">The platform did not start; the message says why.</exception>
    public static async Task<DemoHost> StartAsync(DemoLedger ledger, IReadOnlyList<string> settings, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("rto-demo-").FullName;
        WebApplication? app = null;
        try
        {
            app = PlatformApp.Build([
                "--urls=http://127.0.0.1:0", "--environment=Development", $"--RentToOwn:DataDirectory={data}",
                "--Jobs:Enabled=false", "--Logging:LogLevel:Default=Error", .. ledger.Arguments(), .. settings,
            ], configure);
            await app.StartAsync(ct);
            // Kestrel took a free port itself (port 0); the address it bound is the platform's URL.
            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
            return new DemoHost(app, new Uri($"http://127.0.0.1:{bound.Port}/"), data);
        }
        catch (Exception e)
        {
            if (app is not null) await app.DisposeAsync();
            Delete(data);
            if (e is InvalidOperationException) throw new DemoException("the platform did not start: " + e.Message);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Delete(DataDirectory);
    }

    private static void Delete(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
