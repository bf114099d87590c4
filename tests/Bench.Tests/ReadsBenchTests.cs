using System.Text.Json;

namespace RentToOwn.Bench.Tests;

/// <summary>
/// <c>bench reads --quick</c> in CI (issue 17 §1, reads under load): signed-in tenants on their dashboard and contracts and
/// the public verifier, concurrently, for a few seconds; every request answered 2xx. Latency is measured, not asserted.
/// </summary>
[Collection(BenchCollection.Name)]
public sealed class ReadsBenchTests
{
    [Fact]
    public async Task Quick_reads_bench_answers_every_dashboard_contracts_and_verifier_request_without_error()
    {
        var code = await BenchRunner.RunAsync(["reads", "--quick"]);
        Assert.Equal(0, code);
        var path = Path.Combine(BenchRunner.RepositoryRoot(), "bench", "results", "reads.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal("reads", root.GetProperty("suite").GetString());
        Assert.True(root.GetProperty("quick").GetBoolean());
        var figures = root.GetProperty("figures");
        Assert.Equal(20, figures.GetProperty("users").GetInt32());
        Assert.Equal(0, figures.GetProperty("errors").GetInt32());
        Assert.Empty(figures.GetProperty("errorKinds").EnumerateObject());

        // Each kind of read was made and timed (the users start on different kinds, so all appear in a few seconds).
        var kinds = figures.GetProperty("byKind").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(["contracts", "dashboard", "verifier"], kinds.Keys.Order());
        foreach (var (kind, summary) in kinds)
        {
            Assert.True(summary.GetProperty("requests").GetInt32() > 0, kind);
            Assert.InRange(summary.GetProperty("p50Ms").GetDouble(), 0.01, summary.GetProperty("p99Ms").GetDouble());
        }
    }
}

/// <summary>The bench tests host a platform each and measure: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BenchCollection
{
    /// <summary>Collection name.</summary>
    public const string Name = "bench";
}
