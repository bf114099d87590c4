using System.CommandLine;
using System.Text.Json.Nodes;
using Grpc.Health.V1;
using RentToOwn.Cli.Commands;
using RentToOwn.Kadastr.Protocol.Calls;

namespace RentToOwn.Cli.Tests;

public class KadastrCommandTests
{
    [Fact]
    public void Simulate_WithFaults_RegistersEveryApplicationExactlyOnce()
    {
        // A.25: every lease encumbrance is registered once, despite UNAVAILABLE answers and lost replies
        // (the gateway's outbox retries; the simulator is idempotent on the application id).
        var (code, output, error) = CliRunner.Run(KadastrCommand.Create(),
            "simulate", "--submissions", "20", "--unavailable", "0.3", "--drop-reply", "0.1", "--seed", "7", "--timeout-seconds", "120");

        Assert.True(code == 0, $"exit {code}; stdout: {output}; stderr: {error}");
        var report = JsonNode.Parse(output.Trim())!.AsObject();
        Assert.Equal(20, (int)report["submitted"]!);
        Assert.Equal(20, (int)report["registered"]!);
        Assert.Equal(0, (int)report["duplicates"]!);
        Assert.Equal(0, (int)report["lost"]!);
        // The faults were really injected: without them the run would prove nothing about retries.
        Assert.True((int)report["injectedUnavailable"]! > 0, output);
        // Every injected UNAVAILABLE and lost reply cost one more call than the 20 first submissions.
        Assert.True((long)report["cadastreCalls"]! >= 20 + (long)report["injectedUnavailable"]! + (long)report["injectedDroppedReplies"]!, output);
    }

    [Theory]
    [InlineData("--submissions", "-5", "--submissions must be at least 1")]
    [InlineData("--submissions", "0", "--submissions must be at least 1")]
    [InlineData("--unavailable", "1.5", "--unavailable must be between 0 and 1")]
    [InlineData("--unavailable", "-0.1", "--unavailable must be between 0 and 1")]
    [InlineData("--drop-reply", "2", "--drop-reply must be between 0 and 1")]
    [InlineData("--drop-reply", "-1", "--drop-reply must be between 0 and 1")]
    [InlineData("--latency-ms", "-1", "--latency-ms must not be negative")]
    [InlineData("--timeout-seconds", "0", "--timeout-seconds must be at least 1")]
    public void Simulate_BadValue_Exit2WithClearMessage(string option, string value, string message)
    {
        var (code, output, error) = CliRunner.Run(KadastrCommand.Create(), "simulate", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("--bogus", "", "--bogus")]
    [InlineData("--submissions", "twenty", "twenty")]
    [InlineData("--unavailable", "a lot", "a lot")]
    public void Simulate_UsageError_IsRejectedBeforeRunning(string option, string value, string named)
    {
        string[] args = option == "--bogus" ? ["simulate", option] : ["simulate", option, value];
        var (code, output, error) = CliRunner.Run(KadastrCommand.Create(), args);

        Assert.NotEqual(0, code);
        Assert.Contains(named, error);
        Assert.DoesNotContain("\"registered\":", output); // no run, no report (the help text may follow)
    }

    [Fact]
    public void Serve_WithoutTrust_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run(KadastrCommand.Create(), "serve");

        Assert.NotEqual(0, code);
        Assert.Contains("--trust", error);
    }

    [Fact]
    public void Serve_BadRateOrMissingTrustFolder_Exit2()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"rto-cli-kadastr-{Guid.NewGuid():N}");
        var (code, _, error) = CliRunner.Run(KadastrCommand.Create(), "serve", "--trust", missing, "--unavailable", "3");
        Assert.Equal(2, code);
        Assert.Contains("rto kadastr serve:", error);

        (code, _, error) = CliRunner.Run(KadastrCommand.Create(), "serve", "--trust", missing);
        Assert.Equal(2, code);
        Assert.Contains("rto kadastr serve:", error);
    }

    [Fact]
    public async Task Serve_AnswersTheStandardHealthCheckWithServing()
    {
        // grpc.health.v1.Health (grpc/grpc doc/health-checking.md): what grpcurl-style tools and load balancers ask.
        var trust = Directory.CreateTempSubdirectory("rto-cli-kadastr-trust-");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var root = new RootCommand("test") { KadastrCommand.Create() };
        var serving = root.Parse(["kadastr", "serve", "--trust", trust.FullName, "--token", "t0ken"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, stop.Token);
        try
        {
            var until = DateTime.UtcNow.AddSeconds(60);
            while (!output.ToString().Contains("\"address\"", StringComparison.Ordinal))
            {
                Assert.False(serving.IsCompleted, "serve ended early: " + output);
                Assert.True(DateTime.UtcNow < until, "serve printed no address");
                await Task.Delay(50);
            }

            var address = new Uri((string)JsonNode.Parse(output.ToString().Trim())!["address"]!);
            using var channel = KadastrChannel.Create(address);
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: CallDeadline.After(TimeSpan.FromSeconds(10)));

            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
            trust.Delete(recursive: true);
        }
    }
}
