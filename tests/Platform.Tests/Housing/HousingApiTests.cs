using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Housing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Housing;

/// <summary>A.5, A.17: the officer imports flats; an approval offers one that fits; the tenant declines and accepts; the contract is on that flat.</summary>
public sealed class HousingApiTests : IDisposable
{
    private const string Header = "cadastral_number,address,total_area,living_area,rooms,price_kzt,city\n";
    private readonly PlatformFactory _factory = new();
    private readonly ApplicationFlow _flow;

    public HousingApiTests() => _flow = new ApplicationFlow(_factory, _factory.PkiDirectory);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static Task<HttpResponseMessage> ImportAsync(HttpClient officer, string csv) =>
        officer.PostAsync("/api/housing/flats/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task A5_the_officer_imports_flats_all_or_nothing_with_row_errors()
    {
        var officer = await _flow.LoginAsync("ktk-officer");
        var before = await _factory.WithDbAsync(db => db.Flats.CountAsync());

        var bad = await ImportAsync(officer, Header + "21-320-700-001,a,54.6,32.1,2,15000000,Астана\n21-320-700-002,b,54.6,32.1,two,15000000,Астана\n");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = (await JsonAsync(bad)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal((3, "rooms"), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Flats.CountAsync()));

        var ok = await ImportAsync(officer, Header + "21-320-700-001,a,54.6,32.1,2,15000000,Астана\n21-320-700-002,b,74.0,44.0,3,19000000,Астана\n");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await JsonAsync(ok)).GetProperty("imported").GetInt32());

        // The same flat again: refused with its line, nothing added.
        var again = await ImportAsync(officer, Header + "21-320-700-003,c,54.6,32.1,2,15000000,Астана\n21-320-700-001,a,54.6,32.1,2,15000000,Астана\n");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("csv.refused.already_in_stock", (await JsonAsync(again)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(before + 2, await _factory.WithDbAsync(db => db.Flats.CountAsync()));

        var big = await officer.PostAsync("/api/housing/flats/import", new ByteArrayContent(new byte[new HousingOptions().MaxImportBytes + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);

        var free = await JsonAsync(await officer.GetAsync("/api/housing/flats?state=Free"));
        Assert.Contains(free.EnumerateArray(), f => f.GetProperty("cadastralNumber").GetString() == "21-320-700-002");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/housing/flats?state=Burnt")).StatusCode);

        // Only officers import; a tenant gets 403.
        var tenant = await _flow.LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(tenant, Header + "21-320-700-009,a,54.6,32.1,2,15000000,Астана\n")).StatusCode);
    }

    [Fact]
    public async Task A17_approval_offers_a_fitting_flat_decline_offers_the_next_and_the_contract_is_drafted_on_the_accepted_one()
    {
        var tenant = await _flow.LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync("/api/housing/offers/mine")).StatusCode);
        var appId = await _flow.ApprovedApplicationAsync(acceptFlat: false);

        // A family of two: a 1–2 room flat (the demo stock's two-room flats), the cheapest first.
        var first = await JsonAsync(await tenant.GetAsync("/api/housing/offers/mine"));
        Assert.Equal(("Pending", 2, "21-320-101-501"), (first.GetProperty("status").GetString(), first.GetProperty("rooms").GetInt32(), first.GetProperty("cadastralNumber").GetString()));
        var firstId = first.GetProperty("offerId").GetGuid();
        Assert.Contains("21-320-101-501", await tenant.GetStringAsync("/Tenant/Flat"));

        // Another person cannot answer it (404); a guarantor has no tenant cabinet (403).
        var guarantor = await _flow.LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.Forbidden, (await guarantor.PostAsync($"/api/housing/offers/{firstId}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.PostAsync($"/api/housing/offers/{Guid.NewGuid()}/accept", null)).StatusCode);

        var declined = await tenant.PostAsync($"/api/housing/offers/{firstId}/decline", null);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var second = await JsonAsync(declined);
        Assert.Equal("21-320-101-502", second.GetProperty("cadastralNumber").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/housing/offers/{firstId}/accept", null)).StatusCode);
        Assert.Equal(FlatState.Free, await _factory.WithDbAsync(db => db.Flats.Where(f => f.CadastralNumber == "21-320-101-501").Select(f => f.State).SingleAsync()));

        var accepted = await tenant.PostAsync($"/api/housing/offers/{second.GetProperty("offerId").GetGuid()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var leaseId = (await JsonAsync(accepted)).GetProperty("leaseId").GetGuid();
        var lease = await _factory.WithDbAsync(db => db.Leases.SingleAsync(l => l.Id == leaseId));
        Assert.Equal((appId, "21-320-101-502", 56.2m, 15_400_000_00L), (lease.ApplicationId!.Value, lease.Flat.CadastralNumber, lease.Flat.TotalArea, lease.PriceTiyn));
        Assert.Equal(FlatState.Leased, await _factory.WithDbAsync(db => db.Flats.Where(f => f.CadastralNumber == "21-320-101-502").Select(f => f.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/housing/offers/{second.GetProperty("offerId").GetGuid()}/accept", null)).StatusCode);
        Assert.Single((await JsonAsync(await tenant.GetAsync("/api/contracts"))).EnumerateArray());
    }

    [Fact]
    public async Task A17_without_a_fitting_free_flat_the_approval_waits_and_an_import_offers_one()
    {
        // Take every two-room demo flat out of the stock's reach.
        await _factory.WithDbAsync(db => db.Flats.Where(f => f.Rooms <= 2).ExecuteUpdateAsync(s => s.SetProperty(f => f.State, FlatState.Sold)));
        await _flow.ApprovedApplicationAsync(acceptFlat: false);
        var tenant = await _flow.LoginAsync("tenant");
        Assert.Equal(FlatOfferView.WaitingForFlat, (await JsonAsync(await tenant.GetAsync("/api/housing/offers/mine"))).GetProperty("status").GetString());

        var officer = await _flow.LoginAsync("ktk-officer");
        var import = await JsonAsync(await ImportAsync(officer, Header + "21-320-701-001,a,40.0,20.0,1,11000000,Астана\n"));
        Assert.Equal(1, import.GetProperty("offered").GetInt32());
        Assert.Equal("21-320-701-001", (await JsonAsync(await tenant.GetAsync("/api/housing/offers/mine"))).GetProperty("cadastralNumber").GetString());
    }

    public void Dispose() => _factory.Dispose();
}
