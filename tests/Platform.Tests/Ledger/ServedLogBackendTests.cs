using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Verification;
using RentToOwn.Platform.Verification;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>
/// Issue 17 §2: with <c>Ledger:Endpoint</c> the platform appends to the log service (<c>rto ledger serve</c>) instead of an
/// embedded log; every accepted signature of a real flow (A.9, A.12, A.18) lands in the served log, and the public verifier
/// and its bundles verify the same way.
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
    public async Task Signatures_of_a_real_flow_are_appended_to_the_served_log_and_the_verifier_checks_them_the_same_way()
    {
        var app = Start();
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.ApprovedApplicationAsync(); // consent and guarantor signature
        var tenant = await flow.LoginAsync("tenant");
        var (contractId, pdf) = await ContractAsync(tenant);
        var cms = flow.Sign(pdf, "tenant");
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms })).StatusCode);

        // Every stored receipt is the served log's leaf; the platform keeps no log of its own.
        var receipts = await app.WithDbAsync(db => db.LedgerReceipts.OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ConsentGiven", "ApplicationSigned", "ContractSigned"], receipts.Select(r => r.Kind));
        Assert.Equal(3, (await _log!.GetLatestCheckpointAsync()).Checkpoint.Size);
        foreach (var receipt in receipts)
        {
            Assert.Equal(receipt.SubjectId, (await _log.GetAsync(receipt.LeafIndex))!.Record.SubjectId);
        }

        Assert.True(app.Services.GetRequiredService<PlatformLedger>().IsRemote);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "ledger", "ledger.db")));

        // The public verifier: the ledger proof verified against the served log, and its bundle verifies offline.
        var (_, report, _) = await VerifierClient.PostAsync(app.CreateClient(), VerifierClient.Form(pdf, [("tenant.cms", Convert.FromBase64String(cms))]));
        var s = Assert.Single(report.Signatures);
        Assert.Equal("verified", s.Ledger.Status);
        Assert.Equal(receipts[2].LeafIndex, s.Ledger.Index);
        var bundle = await app.CreateClient().GetStringAsync(s.Ledger.BundleUrl);
        var files = app.Services.GetRequiredService<LedgerFiles>();
        var offline = await new BundleVerifier(await files.LogKeyAsync(default), [await files.WitnessKeyAsync(default)], 1).VerifyAsync(bundle);
        Assert.True(offline.IsValid, offline.Reason);
        Assert.Equal(BundleJson.Serialize(await new BundleFactory(_log).CreateAsync(s.Ledger.Index!.Value)), bundle);
    }

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
