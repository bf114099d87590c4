using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>
/// Issue 17 §2: with <c>Ledger:Endpoint</c> the platform uses the log service (<c>rto ledger serve</c>) instead of an embedded
/// log; its ledger folder must hold the service's public keys and deployment secret. (Receipts and bundles through the
/// service: LedgerAdapter.Tests' LogServiceTests.)
/// </summary>
public sealed class ServedLogBackendTests() : LedgerBackendHosts("rto-served-ledger-"), IAsyncLifetime
{
    private const string Token = "served-log-test-token";
    private readonly string _serviceDir = Path.Combine(Directory.CreateTempSubdirectory("rto-log-service-").FullName, "ledger");
    private EmbeddedLedger? _log;
    private LogServiceHost? _service;

    public async Task InitializeAsync()
    {
        var folder = new LedgerDirectory(_serviceDir);
        await folder.InitAsync("test.rto.kz/served", "test.rto.kz/served-witness");
        _log = folder.Open(TimeProvider.System);
        _service = await LogServiceHost.StartAsync(_log, new LogServiceOptions { Token = Token, AllowTokenOverPlaintext = true });

        // The platform's ledger folder holds only what it must trust and the signer-reference secret, copied out of band.
        var platformLedger = Directory.CreateDirectory(Path.Combine(DataDirectory, "ledger")).FullName;
        foreach (var file in new[] { "log.pub", "witness.pub", "deployment.secret" })
        {
            File.Copy(Path.Combine(_serviceDir, file), Path.Combine(platformLedger, file));
        }
    }

    public async Task DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
        if (_log is not null) await _log.DisposeAsync();
        try { Directory.Delete(Path.GetDirectoryName(_serviceDir)!, recursive: true); } catch (IOException) { }
    }

    protected override IEnumerable<(string Key, string Value)> BackendSettings() =>
        [("Ledger:Endpoint", _service!.Address.ToString()), ("Ledger:Token", Token)];

    [Fact]
    public async Task A_platform_whose_ledger_folder_lacks_the_service_keys_stops_with_a_message_naming_the_file()
    {
        File.Delete(Path.Combine(DataDirectory, "ledger", "witness.pub"));
        var app = Start();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default));

        Assert.Contains("witness.pub is missing", refused.Message);
        Assert.Equal(0, (await _log!.GetLatestCheckpointAsync()).Checkpoint.Size);
    }
}
