using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RentToOwn.Cli.Demo;
using RentToOwn.Platform;
using RentToOwn.Platform.Contracts;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// One platform instance hosted in this process for the benchmarks, on the embedded defaults (Development, test PKI, the
/// in-process cadastre simulator, the payment sandbox, the embedded log) with sandbox and simulator delays at zero, the
/// benchmark's people and flats, rate limits lifted (every client is 127.0.0.1), SQLite or PostgreSQL. It binds port 0.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;
    private readonly BenchPostgres? _postgres;

    private BenchPlatform(WebApplication app, Uri url, string data, BenchPostgres? postgres) => (_app, Url, _data, _postgres) = (app, url, data, postgres);

    /// <summary>Base address.</summary>
    public Uri Url { get; }

    /// <summary>Data directory (test PKI under <c>pki/</c>, ledger keys).</summary>
    public string Data => _data;

    /// <summary>Starts the platform on <paramref name="data"/> (prepared by <see cref="BenchPeople.Prepare"/>).</summary>
    public static async Task<BenchPlatform> StartAsync(string data, BenchPeople people, string database)
    {
        var postgres = database == "postgres" ? await BenchPostgres.StartAsync() : null;
        string[] settings =
        [
            "--urls=http://127.0.0.1:0", "--environment=Development", $"--RentToOwn:DataDirectory={data}", "--Jobs:Enabled=false",
            "--Logging:LogLevel:Default=Error", "--Ledger:Backend=Embedded",
            "--Payments:Sandbox:ConfirmationDelay=00:00:00", "--Kadastr:Embedded:ProcessingDelay=00:00:00",
            $"--Kadastr:Embedded:SeedPath={people.SeedPath}", $"--ReviewChecks:StateRegistrySeedFile={people.SeedPath}",
            "--RateLimits:LoginPermitLimit=100000000", "--RateLimits:VerifierPermitLimit=100000000",
            .. postgres is null ? Array.Empty<string>() : ["--Database:Provider=PostgreSql", $"--ConnectionStrings:Platform={postgres.ConnectionString}"],
        ];
        var app = PlatformApp.Build(settings, builder =>
        {
            builder.Services.AddHttpContextAccessor();
            var configured = builder.Configuration.GetSection(ContractOffer.Section).Get<ContractOffer>() ?? new ContractOffer();
            builder.Services.AddSingleton(sp => new BenchFlats(configured, sp.GetRequiredService<IHttpContextAccessor>()));
            builder.Services.AddSingleton<IOptions<ContractOffer>>(sp => sp.GetRequiredService<BenchFlats>());
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            if (postgres is not null) await postgres.DisposeAsync();
            throw;
        }

        var flats = app.Services.GetRequiredService<BenchFlats>();
        foreach (var lease in people.Leases) flats.Assign(lease.Officer.Iin, lease.CadastralNumber, $"г. Астана, ул. Сыганак, д. 90, кв. {lease.Number}");
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return new BenchPlatform(app, url, data, postgres);
    }

    /// <summary>The clients of one lease: its own officer, tenant, guarantor and spouse; KTK's head and the registrar.</summary>
    public DemoParties Parties(BenchLease l)
    {
        var pki = Path.Combine(_data, "pki");
        return new DemoParties(
            new DemoUser(Url, pki, "ktk-officer", l.Officer), new DemoUser(Url, pki, "tenant", l.Tenant),
            new DemoUser(Url, pki, "guarantor", l.Guarantor), new DemoUser(Url, pki, "ktk-head"),
            new DemoUser(Url, pki, "spouse", l.Spouse), new DemoUser(Url, pki, "registrar"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
