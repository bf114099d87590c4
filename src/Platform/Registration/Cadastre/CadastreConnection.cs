using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;
using RentToOwn.Kadastr.Gateway;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Hosting;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// The platform's line to ЖМБМК АЖ (A.22): the gRPC client and the durable gateway (outbox in the data directory),
/// started with the host. Without <c>Kadastr:Endpoint</c> it first starts the cadastre simulator in-process on its
/// own 127.0.0.1 port (SQLite state in the data directory, trusting the platform's EDS trust, seeded for the demo).
/// Every cadastre event (status, notice) goes to <see cref="RegistrationEvents"/>.
/// </summary>
public sealed class CadastreConnection(
    IOptions<KadastrOptions> options, IOptions<ContractOffer> offer, DataDirectory data, EdsTrust trust, SignatureVerifier signatures, TimeProvider time,
    IHostEnvironment environment, IServiceScopeFactory scopes, ILogger<CadastreConnection> log) : IHostedService, IAsyncDisposable
{
    private SimulatorHost? _simulator;
    private GrpcChannel? _channel;
    private SqliteOutboxStore? _outbox;
    private KadastrGateway? _gateway;
    private Lazy<Task>? _disposal;
    private RealEstateRegistry.RealEstateRegistryClient? _client;

    /// <summary>The cadastre client.</summary>
    public RealEstateRegistry.RealEstateRegistryClient Client => _client ?? throw new InvalidOperationException("The cadastre connection is not started.");

    /// <summary>The gateway (outbox + tracking).</summary>
    public KadastrGateway Gateway => _gateway ?? throw new InvalidOperationException("The cadastre connection is not started.");

    /// <summary>The cadastre's address.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The embedded simulator, when running.</summary>
    public SimulatorHost? Simulator => _simulator;

    /// <summary>Per-call options with the configured deadline.</summary>
    public CallOptions Call(CancellationToken ct) => new(deadline: CallDeadline.After(options.Value.CallTimeout), cancellationToken: ct);

    /// <summary>
    /// Health: null when the cadastre answers the standard gRPC health check as SERVING (a cadastre without the health
    /// service, UNIMPLEMENTED, counts as reachable); else why not.
    /// </summary>
    public async Task<string?> ProbeAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (_channel is not { } channel) return "the cadastre connection is not started";
        try
        {
            var reply = await new Grpc.Health.V1.Health.HealthClient(channel)
                .CheckAsync(new Grpc.Health.V1.HealthCheckRequest(), deadline: DateTime.UtcNow.Add(timeout), cancellationToken: ct);
            return reply.Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving ? null : $"the cadastre reports {reply.Status}";
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            return null;
        }
        catch (RpcException e)
        {
            return $"the cadastre at {Address} does not answer: {e.Status.StatusCode} {e.Status.Detail}";
        }
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Endpoint))
        {
            _simulator = await StartSimulatorAsync(o.Embedded, cancellationToken);
            Address = _simulator.Address;
            log.LogInformation("Embedded cadastre simulator listening on {Address}", Address);
        }
        else
        {
            Address = new Uri(o.Endpoint);
        }

        // The bearer token goes over TLS only; plaintext (h2c) is accepted in Development.
        _channel = KadastrChannel.Create(Address, new KadastrChannelOptions
        {
            BearerToken = string.IsNullOrEmpty(o.AuthToken) ? null : o.AuthToken,
            AllowTokenOverPlaintext = environment.IsDevelopment(),
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });
        _client = new RealEstateRegistry.RealEstateRegistryClient(_channel);
        var outboxPath = Path.GetFullPath(o.OutboxPath, data.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(outboxPath)!);
        _outbox = new SqliteOutboxStore(outboxPath);
        // Transport timing (deadlines, backoff) runs on the system clock; business time (A.38) is the platform's.
        _gateway = new KadastrGateway(_outbox, _client, new GatewayOptions { CallTimeout = o.CallTimeout }, TimeProvider.System, OnEventAsync);
        _gateway.Start();
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Idempotent: the host stops it, then the container disposes it (possibly concurrently). Both wait for the one
        // disposal: a second caller must not close the outbox while the first still stops the dispatcher that reads it.
        var disposal = new Lazy<Task>(DisposeOnceAsync);
        await (Interlocked.CompareExchange(ref _disposal, disposal, null) ?? disposal).Value;
    }

    private async Task DisposeOnceAsync()
    {
        // Closing the HTTP/2 connections first ends open watch streams at once (otherwise the server drains them).
        Interlocked.Exchange(ref _channel, null)?.Dispose();
        if (Interlocked.Exchange(ref _gateway, null) is { } gateway) await gateway.StopAsync();
        Interlocked.Exchange(ref _outbox, null)?.Dispose();
        if (Interlocked.Exchange(ref _simulator, null) is { } simulator) await simulator.DisposeAsync();
    }

    private async Task<SimulatorHost> StartSimulatorAsync(EmbeddedSimulatorOptions e, CancellationToken ct)
    {
        var dbPath = Path.GetFullPath(e.DatabasePath, data.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
        trust.EnsureLoaded();
        ISignatureChecker checker = string.IsNullOrWhiteSpace(e.TrustDirectory)
            ? signatures.CadastreChecker()
            : EdsSignatureChecker.FromTrustDirectory(e.TrustDirectory, null, time);
        var seed = e.SeedPath is { Length: > 0 } path
            ? SeedLoader.FromFile(path)
            : EmbeddedSeed.Build(SeedLoader.Default(), trust.Options.KtkBin, Housing.DemoFlats.All(offer.Value), trust.Manifest);
        var simOptions = new SimulatorOptions { DatabasePath = dbPath, Host = IPAddress.Loopback.ToString(), Port = 0, ProcessingDelay = e.ProcessingDelay };
        return await SimulatorHost.StartAsync(simOptions, checker, time, seedOverride: seed, ct: ct);
    }

    private async ValueTask OnEventAsync(ApplicationEvent e)
    {
        // At least once from the gateway; RegistrationEvents is idempotent on (application id, sequence). A failure is
        // thrown back: the gateway keeps the event unacknowledged, records the error on the outbox item and retries
        // it after a backoff — nothing is dropped (A.25–A.28, A.37).
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<RegistrationEvents>().ApplyAsync(e, CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Cadastre event {Id}#{Sequence} not stored yet; the gateway retries it", e.ApplicationId, e.Sequence);
            throw;
        }
    }
}
