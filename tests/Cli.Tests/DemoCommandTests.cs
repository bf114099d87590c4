using System.Text.Json;
using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

/// <summary><c>rto demo</c>: the A.6–A.18 happy path against the embedded defaults, headless.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_until_signed_prints_three_signatures_and_verified_ledger_proofs()
    {
        var (code, output, error) = CliRunner.Run(DemoCommand.Create(), "--until", "signed");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("contractSha256").GetString());
        Assert.Equal(3, json.GetProperty("signatures").GetInt32());
        Assert.True(json.GetProperty("ledgerVerified").GetBoolean());
        Assert.Contains("ktk-head signed the contract", error);
    }

    [Fact]
    public void Bad_options_are_refused_with_a_clear_message()
    {
        var (code, _, error) = CliRunner.Run(DemoCommand.Create(), "--until", "registered");
        Assert.Equal(2, code);
        Assert.Contains("only 'signed'", error);
        (code, _, error) = CliRunner.Run(DemoCommand.Create(), "--url", "http://127.0.0.1:1/");
        Assert.Equal(2, code);
        Assert.Contains("--url needs --data", error);
    }

    [Fact]
    public void An_unreachable_platform_fails_with_a_non_zero_exit_code()
    {
        var data = Directory.CreateTempSubdirectory("rto-demo-missing-").FullName;
        try
        {
            var (code, _, error) = CliRunner.Run(DemoCommand.Create(), "--url", "http://127.0.0.1:1/", "--data", data);
            Assert.Equal(1, code);
            Assert.Contains("demo failed", error);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
