using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>Platform hosts on one data folder with a chain ledger backend (EVM or Fabric), disposed with the test.</summary>
/// <param name="dataPrefix">Prefix of the temporary data folder.</param>
public abstract class LedgerBackendHosts(string dataPrefix) : IDisposable
{
    private readonly List<PlatformFactory> _apps = [];

    /// <summary>The data folder the hosts share.</summary>
    protected string DataDirectory { get; } = Directory.CreateTempSubdirectory(dataPrefix).FullName;

    /// <summary>The settings that select and reach the backend.</summary>
    protected abstract IEnumerable<(string Key, string Value)> BackendSettings();

    /// <summary>Starts a host with the backend and <paramref name="settings"/> (the ledger connects at start).</summary>
    protected PlatformFactory Start(params (string Key, string Value)[] settings) => Start(null, settings);

    /// <summary>Starts a host whose scheduler runs on <paramref name="schedulerTime"/>.</summary>
    protected PlatformFactory Start(FakeTimeProvider? schedulerTime, params (string Key, string Value)[] settings)
    {
        var app = new PlatformFactory { UseSystemClock = true, SchedulerTime = schedulerTime };
        app.Settings["RentToOwn:DataDirectory"] = DataDirectory;
        foreach (var (k, v) in BackendSettings().Concat(settings)) app.Settings[k] = v;
        _apps.Add(app);
        _ = app.Services;
        return app;
    }

    /// <summary>The caller's one contract and its PDF.</summary>
    protected static async Task<(Guid Id, byte[] Pdf)> ContractAsync(HttpClient client)
    {
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/contracts")).RootElement;
        var id = list.EnumerateArray().Single().GetProperty("id").GetGuid();
        return (id, await client.GetByteArrayAsync($"/api/contracts/{id}/pdf"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _apps.ForEach(a => a.Dispose());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
