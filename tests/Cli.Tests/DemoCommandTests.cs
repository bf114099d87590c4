using System.Text.Json;
using RentToOwn.Cli.Commands;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Cli.Tests;

/// <summary><c>rto demo</c>: the product's happy path against the embedded defaults, headless.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_runs_the_whole_life_to_three_REGISTERED_applications_with_verified_signatures()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create());
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["contractSha256", "registration", "termination", "ownership", "ledgerVerified", "seconds"], json.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("contractSha256").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("registration").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("termination").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("ownership").GetString());
        Assert.True(json.GetProperty("ledgerVerified").GetBoolean());
        Assert.InRange(json.GetProperty("seconds").GetDouble(), 0.1, 600);
        // The log names the steps that only the whole life has.
        Assert.Contains("paid the early buyout", error);
        Assert.Contains("KTK's head signed the letter", error);
        Assert.Contains("letter signature 0 (ktk-head): public verifier TOTAL_PASSED", error);
        // A.21, A.30: the registrar signs each verdict once, in the room; nothing is countersigned afterwards.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(error, "the registrar signed the verdict findings once"));
        Assert.DoesNotContain("countersign", error);
        // A.22: KTK's authorised person certifies the lease application beside the tenant; A.21/A.30: each session is held for one application.
        Assert.Contains("KTK's authorised person certified the lease-encumbrance application with EDS (A.22)", error);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(error, "video session [0-9a-f-]{36} for application [0-9a-f-]{36}"));
    }

    [Fact]
    public void Demo_until_signed_prints_three_signatures_and_verified_ledger_proofs()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--until", "signed");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["contractSha256", "signatures", "ledgerVerified"], json.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("contractSha256").GetString());
        // Tenant, [spouse,] guarantor, KTK head: as many as the log shows signing, the head last.
        var signed = error.Split('\n').Where(l => l.EndsWith("signed the contract", StringComparison.Ordinal)).ToList();
        Assert.InRange(signed.Count, 3, 4);
        Assert.Equal(signed.Count, json.GetProperty("signatures").GetInt32());
        Assert.Equal("ktk-head signed the contract", signed[^1]);
        Assert.True(json.GetProperty("ledgerVerified").GetBoolean());
    }

    [Theory]
    [InlineData("--until registered", "--until registered: use 'signed' or 'owned'")]
    [InlineData("--url http://127.0.0.1:1/", "--url needs --data")]
    [InlineData("--ledger corda", "--ledger corda: use embedded, evm or fabric")]
    [InlineData("--ledger fabric", "--ledger fabric needs --fabric-network DIR (deploy/fabric/network.sh up DIR), and --fabric-network needs --ledger fabric")]
    [InlineData("--ledger evm", "--ledger evm needs --rpc-url")]
    [InlineData("--ledger evm --rpc-url 127.0.0.1:8545", "--rpc-url 127.0.0.1:8545: not an http(s) URL")]
    [InlineData("--ledger evm --rpc-url http://127.0.0.1:8545/ --evm-mode sometimes", "--evm-mode sometimes: use per-record or anchoring")]
    [InlineData("--rpc-url http://127.0.0.1:8545/", "--rpc-url and --evm-mode apply to --ledger evm only")]
    [InlineData("--set Ledger:Backend", "--set Ledger:Backend: use KEY=VALUE")]
    [InlineData("--scenario nope", "--scenario nope: use one of")]
    public void Bad_options_are_refused_with_a_clear_message(string args, string message)
    {
        var (code, output, error) = CliRunner.Run(DemoCommand.Create(), args.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_running_platform_is_only_driven_to_the_signed_contract()
    {
        var data = Directory.CreateTempSubdirectory("rto-demo-url-").FullName;
        try
        {
            var (code, _, error) = CliRunner.Run(DemoCommand.Create(), "--url", "http://127.0.0.1:1/", "--data", data);
            Assert.Equal(2, code);
            Assert.Contains("--url runs --until signed against a running platform", error);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void An_unreachable_platform_fails_with_a_non_zero_exit_code()
    {
        var data = Directory.CreateTempSubdirectory("rto-demo-missing-").FullName;
        try
        {
            var (code, _, error) = CliRunner.Run(DemoCommand.Create(), "--until", "signed", "--url", "http://127.0.0.1:1/", "--data", data);
            Assert.Equal(1, code);
            Assert.Contains("demo failed", error);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void An_EVM_node_that_does_not_answer_stops_the_demo_with_the_reason()
    {
        using var closed = new ClosedPort();
        var url = closed.Url.ToString();
        var (code, output, error) = CliRunner.Run(DemoCommand.Create(), "--ledger", "evm", "--rpc-url", url, "--set", "Ledger:Evm:RpcTimeoutSeconds=3");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"demo failed: the platform did not start: Ledger:Evm:RpcUrl {url}: no EVM node answers", error);
    }
}
