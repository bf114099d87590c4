using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Housing;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Housing;

/// <summary>
/// KTK's stock follows the cadastre's registrations (A.34 and docs/algorithm.md "What we assumed"): the flat is Sold once
/// the tenant's ownership is registered; a termination without purchase (voluntary or court-ordered) returns it to Free
/// once registered. The cadastre's REGISTERED events go through the platform's own event intake.
/// </summary>
public sealed class FlatRegistrationTests : IAsyncLifetime
{
    private readonly PlatformFactory _app = new();

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(Guid Lease, Guid Holder)> LeasedFlatAsync(string cadastral)
    {
        var lease = Guid.NewGuid();
        var holder = Guid.NewGuid();
        var tenant = DemoKeys.Party(_app.PkiDirectory, "tenant");
        await _app.WithDbAsync(db =>
        {
            db.Add(new Flat
            {
                Id = Guid.NewGuid(), CadastralNumber = cadastral, Address = "Астана, " + cadastral, City = "Астана", TotalArea = 55.0m, LivingArea = 32.1m,
                Rooms = 2, PriceKzt = 15_000_000, State = FlatState.Leased, HolderApplicationId = holder, ImportId = Guid.NewGuid(), ImportedAt = _app.Time.GetUtcNow(),
            });
            db.Leases.Add(new LeaseRecord
            {
                Id = lease, Number = "RTO-FLAT-" + cadastral[^3..], City = "Астана",
                Flat = new LeaseFlat { CadastralNumber = cadastral, Address = "Астана, " + cadastral, TotalArea = 55.0m, LivingArea = 32.1m, Rooms = 2 },
                PriceTiyn = 1_500_000_000, AnnualRatePercent = 3.1m, TermMonths = 240, StartDate = new DateOnly(2026, 12, 1),
                TenantName = tenant.Name, TenantIin = tenant.Iin, LessorName = "АО «Казахстанская Жилищная Компания»", LessorBin = "040540000103",
                CreatedAt = _app.Time.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });
        return (lease, holder);
    }

    private async Task<Guid> FiledAsync(Guid lease, RegistrationKind kind, Guid? related = null, bool court = false)
    {
        var id = RegistrationApplications.NewId();
        await _app.WithDbAsync(db =>
        {
            db.Add(new RegistrationApplication
            {
                Id = id, LeaseId = lease, Kind = kind, Status = RegistrationStatus.Submitted, CreatedAt = _app.Time.GetUtcNow(), RelatedRegistrationId = related,
                BasisKind = kind == RegistrationKind.Ownership ? BasisDocumentKind.TransferContract : BasisDocumentKind.KtkLetter, BasisTitle = kind.ToString(),
                BasisContent = [1], FormDocument = [2], FeeTiyn = 1_150_000, Attempt = 1, CadastreId = RegistrationWorkflow.CadastreIdFor(id, 1),
                CourtDecisionContent = court ? [3] : null,
            });
            return db.SaveChangesAsync();
        });
        return id;
    }

    private async Task RegisteredAsync(Guid id)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RegistrationEvents>().ApplyAsync(new ApplicationEvent
        {
            ApplicationId = RegistrationWorkflow.CadastreIdFor(id, 1), Sequence = 1, At = Timestamp.FromDateTimeOffset(_app.Time.GetUtcNow()),
            Status = ApplicationStatus.Registered, Reason = Grounds.Registered.ToReason(),
        }, CancellationToken.None);
    }

    private Task<Flat> FlatAsync(string cadastral) => _app.WithDbAsync(db => db.Set<Flat>().AsNoTracking().SingleAsync(f => f.CadastralNumber == cadastral));

    [Fact]
    public async Task A34_the_flat_is_sold_once_the_ownership_is_registered_and_not_before()
    {
        const string cadastral = "21:320:050:951";
        var (lease, holder) = await LeasedFlatAsync(cadastral);
        var termination = await FiledAsync(lease, RegistrationKind.EncumbranceTermination);
        var ownership = await FiledAsync(lease, RegistrationKind.Ownership, termination);

        // A.29 buyout: the termination is registered first; the flat stays the tenant's lease until the ownership is.
        await RegisteredAsync(termination);
        var between = await FlatAsync(cadastral);
        Assert.Equal(FlatState.Leased, between.State);
        Assert.Equal(holder, between.HolderApplicationId);

        await RegisteredAsync(ownership);
        var sold = await FlatAsync(cadastral);
        Assert.Equal(FlatState.Sold, sold.State);
        Assert.Equal(holder, sold.HolderApplicationId);

        // The same event delivered again changes nothing.
        await RegisteredAsync(ownership);
        Assert.Equal(FlatState.Sold, (await FlatAsync(cadastral)).State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_termination_without_purchase_returns_the_flat_to_free_once_registered(bool courtOrdered)
    {
        var cadastral = courtOrdered ? "21:320:050:953" : "21:320:050:952";
        var (lease, _) = await LeasedFlatAsync(cadastral);
        var termination = await FiledAsync(lease, RegistrationKind.EncumbranceTermination, court: courtOrdered);

        // Filed but not registered: the encumbrance stands, the flat is still leased.
        Assert.Equal(FlatState.Leased, (await FlatAsync(cadastral)).State);

        await RegisteredAsync(termination);
        var free = await FlatAsync(cadastral);
        Assert.Equal(FlatState.Free, free.State);
        Assert.Null(free.HolderApplicationId);
    }
}
