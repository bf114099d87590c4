using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// A.25–A.28, A.37: a cadastre event the platform cannot store (the database is locked) is not lost. The gateway keeps it
/// unacknowledged and retries it; meanwhile the officer's diagnostics list it; once storing works it is on the
/// application's timeline exactly once.
/// </summary>
public sealed class EventDeliveryTests : IAsyncLifetime
{
    private readonly LockedStorage _storage = new();
    private readonly DeliveryPlatform _app;
    private readonly RegistrationFlow _flow;

    public EventDeliveryTests()
    {
        _app = new DeliveryPlatform(_storage);
        _flow = new RegistrationFlow(_app);
    }

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task REGISTERED_that_failed_to_store_is_retried_shown_to_engineers_and_lands_on_the_timeline_once()
    {
        _storage.Failing = true;
        var leaseId = await _flow.SignedContractAsync();
        var id = await _flow.FormAsync(leaseId);
        await _flow.CompleteAsync(id);

        // The cadastre registered it, but the platform cannot store that event: it is retried (not dropped) and shown.
        var cadastre = _app.Services.GetRequiredService<CadastreConnection>();
        string? cadastreId = null;
        for (var i = 0; i < 300 && cadastreId is null; i++)
        {
            cadastreId = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == id).Select(a => a.CadastreId).SingleAsync());
            if (cadastreId is null) await Task.Delay(100);
        }

        Assert.True(cadastreId is not null, "the application was not submitted to the cadastre");
        for (var i = 0; i < 300 && _storage.Refusals < 3; i++) await Task.Delay(100);
        Assert.True(_storage.Refusals >= 3, $"the REGISTERED event was refused {_storage.Refusals} times; expected retries");
        var stuck = cadastre.Gateway.Find(cadastreId)!;
        Assert.Equal(OutboxState.Sent, stuck.State);
        Assert.True(stuck.EventFailures >= 1);
        Assert.Contains("database is locked", stuck.EventError);

        var before = await _flow.ViewAsync(id, "ktk-officer");
        Assert.NotEqual("REGISTERED", before.Status);
        Assert.DoesNotContain(before.Events, e => e.Code == "REGISTERED");
        // The gateway's resume point is exactly what the platform stored: nothing acknowledged that is not on the timeline.
        Assert.Equal((long)stuck.LastSequence, before.Events.Where(e => e.CadastreId == cadastreId).Select(e => e.Sequence).DefaultIfEmpty().Max());

        using (var officer = await _flow.ClientAsync("ktk-officer"))
        {
            var listed = await officer.GetFromJsonAsync<List<CadastreDiagnosticsApi.UndeliveredEvent>>("/api/registrations/cadastre/undelivered");
            var entry = Assert.Single(listed!);
            Assert.Equal(cadastreId, entry.CadastreId);
            Assert.True(entry.Failures >= 1);
            Assert.Contains("database is locked", entry.Error);
        }

        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await tenant.GetAsync("/api/registrations/cadastre/undelivered")).StatusCode);
        }

        // Storage recovers: the event arrives, once, with everything after it (the notices).
        _storage.Failing = false;
        var done = await _flow.WaitForAsync(id, "REGISTERED");
        done = await _flow.WaitForNoticesAsync(id);
        Assert.Single(done.Events, e => e.Kind == "Status" && e.Code == "REGISTERED");
        Assert.NotNull(done.EntryNumber);
        var sequences = done.Events.Where(e => e.CadastreId == cadastreId).Select(e => e.Sequence).ToList();
        Assert.Equal(sequences.Distinct().Count(), sequences.Count);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences.Order());
        for (var i = 0; i < 100 && cadastre.Gateway.Find(cadastreId!)!.State != OutboxState.Done; i++) await Task.Delay(100);
        var after = cadastre.Gateway.Find(cadastreId!)!;
        Assert.Equal((OutboxState.Done, 0, (string?)null), (after.State, after.EventFailures, after.EventError));
        Assert.Empty(cadastre.Gateway.UndeliveredEvents());

        // A.39: the refused attempts left nothing on the ledger: one RegistrationResult record per stored event
        // (read after the gateway is done, i.e. after every event's ledger step was acknowledged).
        done = await _flow.ViewAsync(id, "ktk-officer");
        var subject = LedgerSubjects.For("registration", id);
        var ledger = await _app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(CancellationToken.None);
        var results = (await ledger.GetBySubjectAsync(subject)).Count(r => r.Record.Kind == RecordKind.RegistrationResult);
        Assert.Equal(done.Events.Count(e => e.Kind is "Status" or "Notice"), results);
        Assert.All(done.Events.Where(e => e.Kind is "Status" or "Notice"), e => Assert.NotNull(e.LedgerIndex));
    }

    /// <summary>Refuses to save a REGISTERED status event while <see cref="Failing"/>, as a locked SQLite database would.</summary>
    private sealed class LockedStorage : SaveChangesInterceptor
    {
        private int _refusals;
        private volatile bool _failing;

        public bool Failing { get => _failing; set => _failing = value; }

        public int Refusals => Volatile.Read(ref _refusals);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (_failing && eventData.Context!.ChangeTracker.Entries<RegistrationEvent>()
                    .Any(e => e.State == EntityState.Added && e.Entity.Kind == RegistrationEventKind.Status && e.Entity.Code == "REGISTERED"))
            {
                Interlocked.Increment(ref _refusals);
                throw new SqliteException("SQLite Error 5: 'database is locked'.", 5);
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private sealed class DeliveryPlatform(LockedStorage storage) : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            SandboxPaymentsHost.Route(this, builder);
            builder.UseSetting("Kadastr:RetryInterval", "00:00:00.200");
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<SqlitePlatformDbContext>((_, o) => o.AddInterceptors(storage)));
        }
    }
}
