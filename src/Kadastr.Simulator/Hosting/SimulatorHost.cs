using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Registration;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Kadastr.Simulator.Service;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Hosting;

/// <summary>
/// A running simulator: its store, registrar and its own Kestrel HTTP/2 endpoint serving, with Grpc.AspNetCore,
/// <c>rto.kadastr.v1.RealEstateRegistry</c>, the standard health service <c>grpc.health.v1.Health</c> and server reflection.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatorStore store;

    private SimulatorHost(WebApplication app, Uri address, SimulatorStore store, Registrar registrar, FaultInjector faults)
    {
        this.app = app;
        this.store = store;
        Address = address;
        Registrar = registrar;
        Faults = faults;
    }

    /// <summary>The gRPC address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

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
        try
        {
            var endpoint = new IPEndPoint(IPAddress.Parse(options.Host), options.Port);
            var app = Build(options, endpoint, new RealEstateRegistryService(registrar, faults));
            await app.StartAsync(ct).ConfigureAwait(false);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
            var host = endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : endpoint.Address.ToString();
            var address = new UriBuilder("http", host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host, port).Uri;
            return new SimulatorHost(app, address, store, registrar, faults);
        }
        catch
        {
            registrar.Dispose();
            store.Dispose();
            throw;
        }
    }

    private int _disposed;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Idempotent: a test or an operator may stop the simulator before its owner disposes it.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await app.StopAsync(cts.Token).ConfigureAwait(false);
            }
            finally
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }

        Registrar.Dispose();
        store.Dispose();
    }

    private static WebApplication Build(SimulatorOptions options, IPEndPoint endpoint, RealEstateRegistryService service)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.Http2.MaxStreamsPerConnection = 1000;
            // gRPC needs HTTP/2; without TLS there is no ALPN, so the endpoint speaks HTTP/2 only (h2c).
            k.Listen(endpoint, lo => lo.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = options.MaxMessageBytes;
            if (options.AuthToken is { Length: > 0 } token)
            {
                o.Interceptors.Add<GrpcSecurity.BearerTokenInterceptor>(token);
            }
        });
        builder.Services.AddGrpcHealthChecks().AddCheck("registry", () => HealthCheckResult.Healthy("the registrar is serving"));
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton(service);

        var app = builder.Build();
        app.MapGrpcService<RealEstateRegistryService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
