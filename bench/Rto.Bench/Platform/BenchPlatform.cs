using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Cli.Demo;
using RentToOwn.Platform;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// One platform instance hosted in this process for the benchmarks, on the embedded defaults (Development, test PKI, the
/// in-process cadastre simulator, the payment sandbox, the embedded log) with sandbox and simulator delays at zero, the
/// benchmark's people, its flats imported into the housing stock by an officer, rate limits lifted (every client is 127.0.0.1), SQLite or PostgreSQL. It binds port 0.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;
    private readonly BenchPostgres? _postgres;

    private BenchPlatform(WebApplication app, Uri url, string data, BenchPostgres? postgres) => (_app, Url, _data, _postgres) = (app, url, data, postgres);

    /// <summary>Base address.</summary>
    public Uri Url { get; }

    /// <summary>The platform's services (a suite reads its counters).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Data directory (test PKI under <c>pki/</c>, ledger keys).</summary>
    public string Data => _data;

    /// <summary>
    /// Starts the platform on <paramref name="data"/> (prepared by <see cref="BenchPeople.Prepare"/>), with <paramref name="extra"/>
    /// settings (<c>--Key=value</c>, e.g. a suite's before/after switch).
    /// </summary>
    public static async Task<BenchPlatform> StartAsync(string data, BenchPeople people, string database, IReadOnlyList<string>? extra = null)
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
            .. extra ?? [],
        ];
        var app = PlatformApp.Build(settings);
        try
        {
            await app.StartAsync();
            var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
            var platform = new BenchPlatform(app, url, data, postgres);
            if (people.Leases.Count > 0) await platform.ImportFlatsAsync(people);
            return platform;
        }
        catch
        {
            await app.StopAsync();
            await app.DisposeAsync();
            if (postgres is not null) await postgres.DisposeAsync();
            throw;
        }
    }

    // A.5: an officer imports KTK's flats for the benchmark into the housing stock, as KTK would (CSV over the API);
    // approvals then offer them to the tenants (A.17). The simulator's registry holds them as KTK's (BenchPeople's seed).
    private async Task ImportFlatsAsync(BenchPeople people)
    {
        using var officer = new DemoUser(Url, Path.Combine(_data, "pki"), "ktk-officer", people.Leases[0].Officer);
        await officer.LoginAsync(CancellationToken.None);
        using var csv = new ByteArrayContent(people.FlatsCsv());
        csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var imported = await DemoUser.Json(await officer.Http.PostAsync("api/housing/flats/import", csv), "officer: import the benchmark's flats", CancellationToken.None);
        if (imported.GetProperty("imported").GetInt32() != people.Leases.Count)
        {
            throw new InvalidOperationException($"the stock took {imported.GetRawText()} of {people.Leases.Count} flats");
        }
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
