using System.Net;
using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Protocol.Server;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Registration;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Kadastr.Simulator.Service;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Hosting;

/// <summary>A running simulator: its store, registrar and its own Kestrel HTTP/2 gRPC endpoint.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly GrpcServerHost server;
    private readonly SimulatorStore store;

    private SimulatorHost(GrpcServerHost server, SimulatorStore store, Registrar registrar, FaultInjector faults)
    {
        this.server = server;
        this.store = store;
        Registrar = registrar;
        Faults = faults;
    }

    /// <summary>The gRPC address.</summary>
    public Uri Address => server.Address;

    /// <summary>The registrar.</summary>
    public Registrar Registrar { get; }

    /// <summary>The fault injector (its counters).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts a simulator.</summary>
    /// <param name="options">Configuration.</param>
    /// <param name="signatures">The signature port (the Eds adapter in production).</param>
    /// <param name="clock">Clock (fake in tests).</param>
    /// <param name="calendar">Working-day calendar (A.38); the embedded Kazakhstan calendar by default.</param>
    /// <param name="seedOverride">Seed data to use instead of <see cref="SimulatorOptions.SeedPath"/>.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<SimulatorHost> StartAsync(
        SimulatorOptions options,
        ISignatureChecker signatures,
        TimeProvider? clock = null,
        IWorkingDayCalendar? calendar = null,
        SeedData? seedOverride = null,
        CancellationToken ct = default)
    {
        var time = clock ?? TimeProvider.System;
        var seed = seedOverride ?? (options.SeedPath is null ? SeedLoader.Default() : SeedLoader.FromFile(options.SeedPath));
        var faults = new FaultInjector(options.Faults, time);
        var store = SimulatorStore.Open(options.DatabasePath, seed);
        var registrar = new Registrar(store, signatures, time, calendar ?? KazakhstanCalendar.FromEmbeddedData(), options);
        var service = new RealEstateRegistryService(registrar, faults);
        var serverOptions = new GrpcServerOptions { TimeProvider = time, MaxReceiveMessageSize = options.MaxMessageBytes };
        if (options.AuthToken is { } token)
        {
            serverOptions.Interceptor = c => ValueTask.FromResult<Status?>(
                c.BearerToken == token ? null : new Status(StatusCode.Unauthenticated, "a valid bearer token is required"));
        }

        try
        {
            var server = await GrpcServerHost.StartAsync([service.Bind()], serverOptions,
                new IPEndPoint(IPAddress.Parse(options.Host), options.Port), ct: ct).ConfigureAwait(false);
            return new SimulatorHost(server, store, registrar, faults);
        }
        catch
        {
            registrar.Dispose();
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync().ConfigureAwait(false);
        Registrar.Dispose();
        store.Dispose();
    }
}
