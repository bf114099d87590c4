using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;
using RentToOwn.Platform.VideoSessions.Signalling;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// Issue 17 §2: three platform instances on one PostgreSQL, with the Redis backplane and room registry (<c>Cluster:Redis</c>),
/// shared data-protection keys and the log service (<c>Ledger:Endpoint</c>). A.21: a video room works with participants on
/// different instances.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ThreeInstancesTests(PostgresServer postgres, RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Token = "cluster-test-log-token";
    private readonly string _shared = Directory.CreateTempSubdirectory("rto-cluster-").FullName;
    private readonly List<PlatformFactory> _instances = [];
    private EmbeddedLedger? _log;
    private LogServiceHost? _service;

    public async Task InitializeAsync()
    {
        var serviceDir = Path.Combine(_shared, "log-service");
        var folder = new LedgerDirectory(serviceDir);
        await folder.InitAsync("test.rto.kz/cluster", "test.rto.kz/cluster-witness");
        _log = folder.Open(TimeProvider.System);
        _service = await LogServiceHost.StartAsync(_log, new LogServiceOptions { Token = Token, AllowTokenOverPlaintext = true });
        var trusted = Directory.CreateDirectory(Path.Combine(_shared, "ledger-trust")).FullName;
        foreach (var file in new[] { "log.pub", "witness.pub", "deployment.secret" })
        {
            File.Copy(Path.Combine(serviceDir, file), Path.Combine(trusted, file));
        }

        var database = await postgres.CreateDatabaseAsync();
        for (var i = 0; i < 3; i++)
        {
            var app = new PlatformFactory();
            app.Settings["Database:Provider"] = "PostgreSql";
            app.Settings["ConnectionStrings:Platform"] = database;
            app.Settings["Cluster:Redis"] = redis.Socket;
            app.Settings["Cluster:DataProtectionKeysDirectory"] = Path.Combine(_shared, "keys");
            app.Settings["Ledger:Endpoint"] = _service.Address.ToString();
            app.Settings["Ledger:Token"] = Token;
            app.Settings["Ledger:Directory"] = trusted;
            _instances.Add(app);
            await WaitForDemoUsersAsync(app); // started one after another: the first migrates and seeds
        }
    }

    public async Task DisposeAsync()
    {
        _instances.ForEach(a => a.Dispose());
        if (_service is not null) await _service.DisposeAsync();
        if (_log is not null) await _log.DisposeAsync();
        try { Directory.Delete(_shared, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A21_participants_on_three_instances_meet_in_one_room_and_signals_cross_instances()
    {
        var (a, b, c) = (_instances[0], _instances[1], _instances[2]);
        var s = await ScheduleAsync(a, "APP-CLUSTER-1");

        await using var tenant = await SignalRTestClient.ConnectAsync(a, VideoSessionHub.Path, Iin(a, "tenant"));
        var first = await tenant.InvokeAsync("Join", s.Id);
        Assert.Null(first["error"]);
        var tenantConnection = first["result"]!["connectionId"]!.GetValue<string>();

        // The spouse on instance B sees the tenant of instance A in the room, and A's tenant hears of the spouse.
        await using var spouse = await SignalRTestClient.ConnectAsync(b, VideoSessionHub.Path, Iin(b, "spouse"));
        var second = await spouse.InvokeAsync("Join", s.Id);
        Assert.Null(second["error"]);
        Assert.Equal(tenantConnection, Assert.Single(second["result"]!["peers"]!.AsArray())!["connectionId"]!.GetValue<string>());
        var spouseConnection = second["result"]!["connectionId"]!.GetValue<string>();
        Assert.Equal("Spouse", (await tenant.NextCallAsync("PeerJoined"))[0]!["role"]!.GetValue<string>());

        // The registrar on instance C: both others listed; an offer from C reaches A, and A's answer reaches C.
        await using var registrar = await SignalRTestClient.ConnectAsync(c, VideoSessionHub.Path, Iin(c, "registrar"));
        var third = await registrar.InvokeAsync("Join", s.Id);
        Assert.Null(third["error"]);
        var peers = third["result"]!["peers"]!.AsArray().Select(p => p!["connectionId"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(new[] { tenantConnection, spouseConnection }.Order(), peers);
        var registrarConnection = third["result"]!["connectionId"]!.GetValue<string>();
        await spouse.NextCallAsync("PeerJoined");
        await tenant.NextCallAsync("PeerJoined");

        Assert.Null((await registrar.InvokeAsync("Signal", tenantConnection, "{\"description\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}"))["error"]);
        var offer = await tenant.NextCallAsync("Signal");
        Assert.Equal(registrarConnection, offer[0]!.GetValue<string>());
        Assert.Null((await tenant.InvokeAsync("Signal", registrarConnection, "{\"description\":{\"type\":\"answer\",\"sdp\":\"v=0\"}}"))["error"]);
        Assert.Contains("answer", (await registrar.NextCallAsync("Signal"))[1]!.GetValue<string>());

        // Leaving on B is announced on A and C.
        Assert.Null((await spouse.InvokeAsync("Leave"))["error"]);
        Assert.Equal(spouseConnection, (await tenant.NextCallAsync("PeerLeft"))[0]!.GetValue<string>());
        Assert.Equal(spouseConnection, (await registrar.NextCallAsync("PeerLeft"))[0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_cookie_issued_by_one_instance_is_accepted_by_the_others()
    {
        var cookie = await SignalRTestClient.SessionCookieAsync(_instances[0], Iin(_instances[0], "tenant"));
        foreach (var other in _instances.Skip(1))
        {
            using var client = other.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/contracts");
            request.Headers.Add("Cookie", cookie);
            var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        // One key ring in the shared folder, used by every instance.
        Assert.Single(Directory.GetFiles(Path.Combine(_shared, "keys"), "key-*.xml"));
    }
}
