using System.Text.Json;

namespace RentToOwn.Bench.Tests;

/// <summary><c>bench lifecycle --quick</c> in CI: the whole life of each lease completes and the JSON has its figures.</summary>
[Collection(BenchCollection.Name)]
public sealed class LifecycleBenchTests
{
    [Fact]
    public async Task Quick_lifecycle_bench_finishes_every_lease_and_writes_throughput_step_latencies_and_cpu_shares()
    {
        var code = await BenchRunner.RunAsync(["lifecycle", "--quick"]);
        Assert.Equal(0, code);
        var path = Path.Combine(BenchRunner.RepositoryRoot(), "bench", "results", "lifecycle.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal("lifecycle", root.GetProperty("suite").GetString());
        Assert.True(root.GetProperty("quick").GetBoolean());
        var figures = root.GetProperty("figures");
        Assert.True(figures.GetProperty("lifecyclesPerSecond").GetDouble() > 0);
        Assert.Equal("sqlite", figures.GetProperty("database").GetString());

        var run = Assert.Single(figures.GetProperty("runs").EnumerateArray());
        var leases = run.GetProperty("leases").GetInt32();
        Assert.True(leases >= 2, "at least two independent leases");
        Assert.Equal(leases, run.GetProperty("completed").GetInt32());
        Assert.Equal(0, run.GetProperty("failed").GetInt32());
        Assert.Empty(run.GetProperty("errors").EnumerateArray());

        // p50/p99 per step, each step timed once per lease (A.5–A.18 contract … A.29–A.37 closing registration, verification).
        string[] steps = ["contract", "login", "registration", "buyout", "closing", "closingRegistration", "verification", "lifecycle"];
        Assert.Equal(steps, figures.GetProperty("steps").EnumerateObject().Select(p => p.Name));
        foreach (var step in figures.GetProperty("steps").EnumerateObject())
        {
            Assert.Equal(leases, step.Value.GetProperty("count").GetInt32());
            Assert.InRange(step.Value.GetProperty("p50Ms").GetDouble(), 0.1, step.Value.GetProperty("p99Ms").GetDouble());
        }

        // Measured CPU shares by component: the named components, summing to 1, from a real sample count.
        var shares = figures.GetProperty("cpuShares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(["client", "ledger", "eds", "pdf", "grpc", "database", "http", "other"], shares.Keys);
        Assert.InRange(shares.Values.Sum(), 0.99, 1.01);
        Assert.True(shares["eds"] > 0 && shares["database"] > 0 && shares["http"] > 0, string.Join(", ", shares));
        Assert.True(run.GetProperty("cpuSamples").GetProperty("cpu").GetInt64() > 1000);

        // What the server did per lifecycle: requests and SQL statements counted from the diagnostic events.
        var server = run.GetProperty("server");
        Assert.True(server.GetProperty("requestsPerLifecycle").GetDouble() > 50, server.ToString());
        Assert.True(server.GetProperty("sqlCommandsPerLifecycle").GetDouble() > 50, server.ToString());
        Assert.NotEmpty(server.GetProperty("requestsByEndpoint").EnumerateArray());
    }
}
