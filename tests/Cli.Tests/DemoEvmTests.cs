using System.Text.Json;
using RentToOwn.Cli.Commands;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Cli.Tests;

/// <summary><c>rto demo --ledger evm --rpc-url URL</c>: the same whole life with every record also on a real ganache.</summary>
[Collection("ganache")]
public sealed class DemoEvmTests(GanacheNode ganache)
{
    [Fact]
    public async Task Demo_on_the_Evm_backend_registers_all_three_and_finds_every_signature_on_chain()
    {
        var before = await ganache.Rpc().BlockNumberAsync();
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--ledger", "evm", "--rpc-url", ganache.Url.ToString());
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("REGISTERED", json.GetProperty("registration").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("termination").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("ownership").GetString());
        Assert.True(json.GetProperty("ledgerVerified").GetBoolean());
        Assert.Contains("ledger evm (per record", error);
        Assert.Matches(@"contract signature [0-9] \(ktk-head\): CMS verified; ledger leaf [0-9]+ proof verified; on chain in block", error);
        Assert.Matches("on chain in block [0-9]+ \\(0x[0-9a-f]{40}\\)", error);
        Assert.Contains("anchor recorded", error); // the public verifier reports each record's own transaction

        // The platform deployed a registry and sent one transaction per record: the chain grew by many blocks.
        Assert.True(await ganache.Rpc().BlockNumberAsync() > before + 10);
    }
}
