using Microsoft.Extensions.Configuration;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>Issue 17 §2: outside Development a half-configured cluster is refused, naming each missing key.</summary>
public sealed class ClusterReadinessTests
{
    private static readonly Dictionary<string, string?> Complete = new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Scheduling:Clustered"] = "true",
        ["Cluster:Redis"] = "redis.internal:6379,password=p,ssl=true",
        ["Cluster:DataProtectionKeysDirectory"] = "/srv/rto/keys",
        ["Ledger:Endpoint"] = "https://ledger.internal:7443/",
    };

    private static IReadOnlyList<string> Keys(Dictionary<string, string?> settings) =>
        ProductionReadiness.ClusterProblems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .Select(p => p[..p.IndexOf(": ", StringComparison.Ordinal)]).ToList();

    private static Dictionary<string, string?> Without(params string[] keys) =>
        Complete.Where(kv => !keys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public void One_instance_with_no_cluster_key_is_not_a_cluster() =>
        Assert.Empty(Keys(new() { ["Database:Provider"] = "PostgreSql" }));

    [Fact]
    public void A_complete_cluster_passes_also_on_a_shared_ledger_backend()
    {
        Assert.Empty(Keys(Complete));
        var evm = Without("Ledger:Endpoint");
        evm["Ledger:Backend"] = "Evm";
        Assert.Empty(Keys(evm));
    }

    [Fact]
    public void PostgreSQL_and_clustered_Quartz_without_shared_keys_Redis_or_log_is_refused_key_by_key()
    {
        var problems = ProductionReadiness.ClusterProblems(new ConfigurationBuilder()
            .AddInMemoryCollection(Without("Cluster:Redis", "Cluster:DataProtectionKeysDirectory", "Ledger:Endpoint")).Build()).ToList();

        Assert.Equal(["Cluster:Redis", "Cluster:DataProtectionKeysDirectory", "Ledger:Endpoint"], problems.Select(p => p[..p.IndexOf(": ", StringComparison.Ordinal)]));
        Assert.Contains("a cookie from one instance must open on another", problems[1]);
    }

    [Theory]
    [InlineData("Cluster:Redis", "Database:Provider", "Sqlite")]
    [InlineData("Cluster:DataProtectionKeysDirectory", "Scheduling:Clustered", "false")]
    public void Any_cluster_key_asks_for_the_rest(string given, string wrongKey, string wrongValue)
    {
        var settings = new Dictionary<string, string?>(Complete) { [wrongKey] = wrongValue };
        Assert.True(settings.ContainsKey(given));
        Assert.Equal([wrongKey], Keys(settings));
    }

    [Fact]
    public void Scheduling_switched_off_needs_no_clustered_Quartz() =>
        Assert.Empty(Keys(new Dictionary<string, string?>(Complete) { ["Scheduling:Clustered"] = "false", ["Scheduling:Enabled"] = "false", }));

    [Fact]
    public void A_production_start_with_Quartz_clustered_alone_is_refused_before_anything_starts()
    {
        var dir = Directory.CreateTempSubdirectory("rto-cluster-prod-").FullName;
        try
        {
            var e = Assert.Throws<ProductionReadinessException>(() => PlatformApp.Build(
            [
                "--environment=Production", "--Jobs:Enabled=false", $"--RentToOwn:DataDirectory={dir}",
                "--Database:Provider=PostgreSql", "--ConnectionStrings:Platform=Host=127.0.0.1;Port=9;Database=x", "--Scheduling:Clustered=true",
            ]));
            Assert.Contains(e.Problems, p => p.StartsWith("Cluster:Redis: ", StringComparison.Ordinal));
            Assert.Contains(e.Problems, p => p.StartsWith("Cluster:DataProtectionKeysDirectory: ", StringComparison.Ordinal));
            Assert.Contains(e.Problems, p => p.StartsWith("Ledger:Endpoint: ", StringComparison.Ordinal));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
