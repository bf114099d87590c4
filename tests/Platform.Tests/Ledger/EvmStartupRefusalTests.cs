using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Ledger.Evm;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>With a node that answers, the platform still refuses to start on a registry it cannot use, and says why.</summary>
[Collection("ganache")]
public sealed class EvmStartupRefusalTests(GanacheNode ganache)
{
    [Fact]
    public void A_configured_address_without_a_contract_is_refused()
    {
        var nothing = "0x" + new string('7', 40);
        var e = StartFails(("Ledger:Evm:ContractAddress", nothing));
        Assert.Contains($"Ledger:Evm:ContractAddress: there is no contract at {nothing} on chain {GanacheNode.ChainId}", e);
    }

    [Fact]
    public async Task A_registry_where_the_key_is_not_an_allow_listed_writer_is_refused()
    {
        var foreign = await SigningRegistryContract.DeployAsync(ganache.Rpc(), ganache.Sender(GanacheNode.Outsider), GanacheNode.Bytecode());
        var e = StartFails(("Ledger:Evm:ContractAddress", foreign.Address));
        Assert.Contains($"Ledger:Evm:PrivateKey: account {GanacheTestKey.Address} is not an allow-listed writer of SigningRegistry {foreign.Address}", e);

        // Once the owner allow-lists the platform's account, the same configuration starts and records.
        await foreign.SetWriterAsync(GanacheTestKey.Address, true);
        using var app = App(("Ledger:Evm:ContractAddress", foreign.Address));
        _ = app.Services;
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.LoginAsync("tenant"); // the platform runs; the ledger is open on the foreign registry
        var evm = await app.Services.GetRequiredService<PlatformLedger>().EvmAsync(default);
        Assert.Equal(foreign.Address, evm!.Contract.Address);
    }

    [Fact]
    public void A_remembered_registry_that_vanished_with_a_chain_reset_is_refused_with_what_to_do()
    {
        using var app = App();
        var ledgerDir = Path.Combine(app.DataDirectory, "ledger");
        Directory.CreateDirectory(ledgerDir);
        new RememberedRegistry(GanacheNode.ChainId, "0x" + new string('5', 40), GanacheTestKey.Address, "0x" + new string('6', 64), 1).Write(ledgerDir);
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("there is no contract at 0x5555555555555555555555555555555555555555", LedgerConfigurationTests.Messages(e));
        Assert.Contains("Delete the file to deploy a new registry", LedgerConfigurationTests.Messages(e));
    }

    private string StartFails(params (string Key, string Value)[] settings)
    {
        using var app = App(settings);
        return LedgerConfigurationTests.Messages(Assert.ThrowsAny<Exception>(() => app.Services));
    }

    private PlatformFactory App(params (string Key, string Value)[] settings)
    {
        var app = new PlatformFactory { UseSystemClock = true };
        app.Settings["Ledger:Backend"] = "Evm";
        app.Settings["Ledger:Evm:RpcUrl"] = ganache.Url.ToString();
        foreach (var (k, v) in settings) app.Settings[k] = v;
        return app;
    }
}
