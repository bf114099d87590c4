using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

[Collection("fabric")]
public class FabricFailureTests(FabricNetworkFixture network)
{
    [Fact]
    public async Task Peer_down_is_a_clear_transient_error_and_the_append_completes_once_the_peer_is_back()
    {
        using var quick = network.Registry(retry: new FabricRetryOptions { MaxAttempts = 2, InitialDelay = TimeSpan.FromMilliseconds(100) });
        using var patient = network.Registry(retry: new FabricRetryOptions { MaxAttempts = 60, InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) });
        Assert.NotNull((await quick.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1)).TransactionId);

        await network.StopPeerAsync("govcorp");
        Task<FabricRecordResult>? pending = null;
        try
        {
            // GovCorp's endorsement is required: with its peer down, no transaction can be endorsed.
            var e = await Assert.ThrowsAsync<FabricException>(() => quick.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1));
            Assert.True(e.IsTransient, e.Kind + ": " + e.Message);
            Assert.Equal(FabricErrorKind.PeerUnavailable, e.Kind);

            pending = patient.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1);
            await Task.Delay(1500);
            Assert.False(pending.IsCompleted);
        }
        finally
        {
            await network.StartPeerAsync("govcorp");
        }

        var watch = Stopwatch.StartNew();
        var done = await pending!.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.False(done.AlreadyRecorded);
        Assert.Equal("VALID", (await patient.GetTransactionAsync(done.TransactionId))!.ValidationCode);
        Console.WriteLine($"fabric: append completed {watch.Elapsed.TotalSeconds:F1} s after the peer restarted");
    }

    [Fact]
    public async Task The_gateway_peer_down_then_up_is_retried_on_the_same_client()
    {
        using var registry = network.Registry(retry: new FabricRetryOptions { MaxAttempts = 60, InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) });
        await registry.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1);
        await network.StopPeerAsync("ktk");
        Task<FabricRecordResult> pending;
        try
        {
            pending = registry.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1);
            await Task.Delay(1000);
            Assert.False(pending.IsCompleted);
        }
        finally
        {
            await network.StartPeerAsync("ktk");
        }

        var done = await pending.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal("VALID", (await registry.GetTransactionAsync(done.TransactionId))!.ValidationCode);
    }

    [Fact]
    public async Task An_expired_identity_is_refused_before_anything_is_sent()
    {
        // A KtkMSP client certificate issued by the org's CA (cryptogen's ca/ folder) that has just expired.
        var ca = Path.Combine(network.Directory, "crypto", "peerOrganizations", "ktk.rto.kz", "ca");
        using var caKey = ECDsa.Create();
        caKey.ImportFromPem(File.ReadAllText(Directory.GetFiles(ca, "*_sk").Single()));
        using var caCert = X509Certificate2.CreateFromPem(File.ReadAllText(Directory.GetFiles(ca, "*.pem").Single())).CopyWithPrivateKey(caKey);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Expired@ktk.rto.kz, OU=client", key, HashAlgorithmName.SHA256);
        // cryptogen's CA is valid from a few minutes before the network started: the client certificate ends 1 s ago.
        var notBefore = new DateTimeOffset(caCert.NotBefore.ToUniversalTime());
        using var cert = request.Create(caCert, notBefore, DateTimeOffset.UtcNow.AddSeconds(-1), RandomNumberGenerator.GetBytes(16));
        using var identity = new FabricIdentity("KtkMSP", cert.ExportCertificatePem(), key);
        using var client = new FabricGatewayClient(network.Profile.GatewayPeer(), identity);
        var registry = new FabricSigningRegistry(client, network.Profile.Channel, network.Profile.Chaincode);

        var e = await Assert.ThrowsAsync<FabricException>(() => registry.RecordAsync(TestRecords.RandomHash(), TestRecords.RandomHash(), 1));
        Assert.Equal(FabricErrorKind.IdentityExpired, e.Kind);
        Assert.Contains("expired", e.Message);
        Assert.False(e.IsTransient);
    }
}
