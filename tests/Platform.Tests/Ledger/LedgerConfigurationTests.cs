using Microsoft.Extensions.Configuration;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Ledger.Evm;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>Each kind of bad <c>Ledger:*</c> value stops the platform at start with a message naming the key.</summary>
public sealed class LedgerConfigurationTests
{
    private static LedgerSelection Read(bool development, params (string Key, string Value)[] values) =>
        LedgerSelection.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(), development);

    [Fact]
    public void Embedded_is_the_default_and_Evm_defaults_to_per_record_with_the_labelled_ganache_key_in_Development()
    {
        Assert.Equal(new LedgerSelection(LedgerBackend.Embedded, null), Read(false));
        var evm = Read(true, ("Ledger:Backend", "evm")).Evm!;
        Assert.Equal(EvmLedgerMode.PerRecord, evm.Mode);
        Assert.Equal(new Uri("http://127.0.0.1:8545"), evm.RpcUrl);
        Assert.True(evm.UsesTestKey);
        Assert.Equal(GanacheTestKey.Address, evm.Address); // the key's address is the documented one
        Assert.Null(evm.ContractAddress);

        var configured = Read(false, ("Ledger:Backend", "Evm"), ("Ledger:Evm:PrivateKey", "0x" + Convert.ToHexStringLower(new byte[31].Append((byte)7).ToArray())),
            ("Ledger:Evm:Mode", "Anchoring"), ("Ledger:Evm:AnchorIntervalSeconds", "5"), ("Ledger:Evm:ContractAddress", "0x" + new string('A', 40)),
            ("Ledger:Evm:GasPrice", "0")).Evm!;
        Assert.False(configured.UsesTestKey);
        Assert.Equal(EvmLedgerMode.Anchoring, configured.Mode);
        Assert.Equal(TimeSpan.FromSeconds(5), configured.AnchorInterval);
        Assert.Equal("0x" + new string('a', 40), configured.ContractAddress);
        Assert.Equal(0, configured.Node.GasPrice);
    }

    [Fact]
    public void The_readiness_line_names_what_is_configured_embedded_log_service_EVM_or_Fabric()
    {
        Assert.Equal("embedded log", PlatformLedger.Describe(null, Read(false)));
        Assert.Equal("EVM (PerRecord, node 127.0.0.1:8545) with the embedded log", PlatformLedger.Describe(null, Read(true, ("Ledger:Backend", "Evm"))));
        var profile = new RentToOwn.LedgerAdapter.Fabric.FabricConnectionProfile
        {
            Channel = "rto", Chaincode = "signingregistry", Contract = "SigningRegistry", Peers = new Dictionary<string, RentToOwn.LedgerAdapter.Fabric.FabricPeer>(),
            Organizations = new Dictionary<string, RentToOwn.LedgerAdapter.Fabric.FabricOrganization>(), ClientMspId = "Org1MSP", ClientIdentity = "User1",
        };
        var fabric = new LedgerSelection(LedgerBackend.Fabric, null)
        {
            Fabric = new RentToOwn.LedgerAdapter.Fabric.FabricBackendSettings(profile, "connection.json", RentToOwn.LedgerAdapter.Fabric.FabricLedgerMode.Anchoring, "Org1MSP", "User1"),
        };
        Assert.Equal("Fabric (Anchoring, chaincode signingregistry on channel rto) with the embedded log", PlatformLedger.Describe(null, fabric));

        // Ledger:Endpoint: the platform uses the log service whatever Ledger:Backend says (LedgerFactory opens the service only).
        var service = new Uri("https://ledger.internal:7443/");
        Assert.Equal("log service at ledger.internal:7443", PlatformLedger.Describe(service, Read(false)));
        Assert.Equal("log service at ledger.internal:7443", PlatformLedger.Describe(service, Read(true, ("Ledger:Backend", "Evm"))));
    }

    [Theory]
    [InlineData("Ledger:Backend", "Ethereum", true, "Ledger:Backend: 'Ethereum' is not a ledger backend")]
    [InlineData("Ledger:Backend", "1", true, "Ledger:Backend: '1' is not a ledger backend")]
    [InlineData("Ledger:Evm:Mode", "Sometimes", true, "Ledger:Evm:Mode: 'Sometimes' is not a mode")]
    [InlineData("Ledger:Backend", "Fabric", true, "Ledger:Fabric:ConnectionProfile: not set")]
    [InlineData("Ledger:Evm:RpcUrl", "127.0.0.1:8545", true, "Ledger:Evm:RpcUrl: '127.0.0.1:8545' is not an http(s) URL")]
    [InlineData("Ledger:Evm:RpcUrl", "ftp://node/", true, "Ledger:Evm:RpcUrl")]
    [InlineData("Ledger:Evm:ContractAddress", "0x1234", true, "Ledger:Evm:ContractAddress: '0x1234' is not an address")]
    [InlineData("Ledger:Evm:PrivateKey", "0x1234", true, "Ledger:Evm:PrivateKey: not a secp256k1 private key")]
    [InlineData("Ledger:Evm:PrivateKey", "0x0000000000000000000000000000000000000000000000000000000000000000", true, "Ledger:Evm:PrivateKey: not a secp256k1 private key")]
    [InlineData("Ledger:Evm:PrivateKey", "zz3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d", true, "Ledger:Evm:PrivateKey: not a secp256k1 private key")]
    [InlineData("Ledger:Evm:PrivateKey", "", false, "Ledger:Evm:PrivateKey: no writer key configured (the ganache test key is a default in Development only)")]
    [InlineData("Ledger:Evm:AnchorIntervalSeconds", "0", true, "Ledger:Evm:AnchorIntervalSeconds: '0' is not a positive whole number")]
    [InlineData("Ledger:Evm:GasPrice", "-1", true, "Ledger:Evm:GasPrice: '-1' is not a whole number of wei")]
    public void A_bad_value_is_refused_with_its_key(string key, string value, bool development, string message)
    {
        var values = key == "Ledger:Backend" ? new[] { (key, value) } : new[] { ("Ledger:Backend", "Evm"), (key, value) };
        var e = Assert.Throws<InvalidOperationException>(() => Read(development, values));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void The_platform_does_not_start_with_a_bad_backend_and_says_why()
    {
        using var app = new PlatformFactory { Settings = { ["Ledger:Backend"] = "Corda" } };
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Ledger:Backend: 'Corda' is not a ledger backend: use Embedded, Evm or Fabric", Messages(e));
    }

    [Fact]
    public void Anchoring_without_the_scheduler_is_refused_at_start()
    {
        using var app = new PlatformFactory { Settings = { ["Ledger:Backend"] = "Evm", ["Ledger:Evm:Mode"] = "Anchoring" } }; // fake-clock host: Jobs:Enabled=false
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Ledger:Evm:Mode: Anchoring publishes checkpoints from a Quartz job, but the scheduler is disabled", Messages(e));
    }

    [Fact]
    public void The_platform_does_not_start_when_no_EVM_node_answers_and_says_which_URL()
    {
        using var closed = new ClosedPort();
        var url = closed.Url.ToString();
        using var app = new PlatformFactory { UseSystemClock = true, Settings = { ["Ledger:Backend"] = "Evm", ["Ledger:Evm:RpcUrl"] = url, ["Ledger:Evm:RpcTimeoutSeconds"] = "3" } };
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains($"Ledger:Evm:RpcUrl {url}: no EVM node answers", Messages(e));
    }

    [Fact]
    public void Bytecode_that_is_not_there_or_not_hex_is_reported_with_how_to_build_it()
    {
        var dir = Directory.CreateTempSubdirectory("rto-bytecode-").FullName;
        try
        {
            var missing = Assert.Throws<InvalidOperationException>(() => SigningRegistryBytecode.Load(Path.Combine(dir, "none.bin"), dir));
            Assert.Contains("Ledger:Evm:BytecodePath", missing.Message);
            File.WriteAllText(Path.Combine(dir, "bad.bin"), "not hex");
            Assert.Contains("is not hex bytecode", Assert.Throws<InvalidOperationException>(() => SigningRegistryBytecode.Load("bad.bin", dir)).Message);
            File.WriteAllText(Path.Combine(dir, "ok.bin"), "0x6080\n");
            Assert.Equal(new byte[] { 0x60, 0x80 }, SigningRegistryBytecode.Load("ok.bin", dir));

            // Without a configured file: the copy embedded at build time (or contracts/evm/build) is the compiled registry.
            Assert.Equal(GanacheNode.Bytecode(), SigningRegistryBytecode.Load(null, dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_remembered_registry_file_that_is_not_valid_is_refused_with_what_to_do()
    {
        var dir = Directory.CreateTempSubdirectory("rto-remembered-").FullName;
        try
        {
            Assert.Null(RememberedRegistry.Read(dir));
            File.WriteAllText(Path.Combine(dir, RememberedRegistry.FileName), "{\"chainId\":1337,\"contract\":\"0xnothex\"}");
            var e = Assert.Throws<InvalidOperationException>(() => RememberedRegistry.Read(dir));
            Assert.Contains("delete it to deploy a new one, or set Ledger:Evm:ContractAddress", e.Message);
            var ok = new RememberedRegistry(1337, "0x" + new string('b', 40), GanacheTestKey.Address, "0x" + new string('c', 64), 3);
            ok.Write(dir);
            Assert.Equal(ok, RememberedRegistry.Read(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    internal static string Messages(Exception e)
    {
        var all = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException) all.Add(x.Message);
        if (e is AggregateException a) all.AddRange(a.InnerExceptions.Select(Messages));
        return string.Join(" | ", all);
    }
}
