using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// Three platform instances (A, B, C) on one PostgreSQL database, one Redis, one data-protection key folder and one log
/// service (<c>rto ledger serve</c>'s host, in-process), as deploy/cluster/start.sh runs them (issue 17 §2). Started one
/// after another: the first migrates the database and seeds the demo directory.
/// </summary>
public sealed class ClusterOfThree : IAsyncLifetime
{
    private const string Token = "cluster-test-log-token";
    private readonly PostgresServer _postgres = new();
    private readonly RedisServer _redis = new();
    private readonly string _shared = Directory.CreateTempSubdirectory("rto-cluster-").FullName;
    private EmbeddedLedger? _log;
    private LogServiceHost? _service;

    /// <summary>The PostgreSQL server (other tests of the collection make their own databases on it).</summary>
    public PostgresServer Postgres => _postgres;

    /// <summary>The Redis server.</summary>
    public RedisServer Redis => _redis;

    /// <summary>The instances, A first.</summary>
    public List<ClusterInstance> Instances { get; } = [];

    /// <summary>The log every instance appends to.</summary>
    public EmbeddedLedger Log => _log!;

    /// <summary>The shared database.</summary>
    public string Database { get; private set; } = "";

    /// <summary>The shared data-protection key folder.</summary>
    public string KeysDirectory => Path.Combine(_shared, "keys");

    /// <summary>The settings every instance shares (an instance with some of them changed is another cluster member).</summary>
    public Dictionary<string, string?> Shared { get; } = new();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Task.WhenAll(_postgres.InitializeAsync(), _redis.InitializeAsync());
        var serviceDir = Path.Combine(_shared, "log-service");
        var folder = new LedgerDirectory(serviceDir);
        await folder.InitAsync("test.rto.kz/cluster", "test.rto.kz/cluster-witness");
        _log = folder.Open(TimeProvider.System);
        _service = await LogServiceHost.StartAsync(_log, new LogServiceOptions { Token = Token, AllowTokenOverPlaintext = true });
        // The instances' ledger folder holds only the service's public keys and the signer-reference secret.
        var trusted = Directory.CreateDirectory(Path.Combine(_shared, "ledger-trust")).FullName;
        foreach (var file in new[] { "log.pub", "witness.pub", "deployment.secret" })
        {
            File.Copy(Path.Combine(serviceDir, file), Path.Combine(trusted, file));
        }

        Database = await _postgres.CreateDatabaseAsync();
        Shared["Database:Provider"] = "PostgreSql";
        Shared["ConnectionStrings:Platform"] = Database;
        Shared["Cluster:Redis"] = _redis.Configuration;
        Shared["Cluster:RedisPrefix"] = "rto-" + Guid.NewGuid().ToString("N")[..8]; // test classes share the Redis server
        Shared["Cluster:DataProtectionKeysDirectory"] = KeysDirectory;
        Shared["Ledger:Endpoint"] = _service.Address.ToString();
        Shared["Ledger:Token"] = Token;
        Shared["Ledger:Directory"] = trusted;
        foreach (var name in new[] { "A", "B", "C" })
        {
            var instance = new ClusterInstance(name, Shared);
            Instances.Add(instance);
            await TestWaits.DemoUsersAsync(instance); // starts it
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var instance in Instances) await instance.DisposeAsync();
        if (_service is not null) await _service.DisposeAsync();
        if (_log is not null) await _log.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
        try { Directory.Delete(_shared, recursive: true); } catch (IOException) { }
    }
}
