using RentToOwn.Kadastr.Protocol.V1;
using static RentToOwn.Kadastr.Simulator.Tests.GrpcAssertions;

namespace RentToOwn.Kadastr.Simulator.Tests.Grounds;

/// <summary>A.24: the registrar compares the application's flat with ЖМБМК АЖ's technical characteristics; a mismatch suspends (art. 27).</summary>
public sealed class PropertyCharacteristicsTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    // The seed range 21:320:050:n: "Астана қ., Нұра ауданы, Ұлы Дала даңғылы 7, {n}-пәтер", 55.0 m², 2 rooms, owned by KTK.
    private static DeclaredProperty AsRegistered(string cadastral) => new()
    {
        Address = $"астана қ. нұра ауданы ұлы дала даңғылы 7 {cadastral[(cadastral.LastIndexOf(':') + 1)..]}-пәтер", AreaSqm = 55.0, Rooms = 2,
    };

    [Fact]
    public async Task A24_matching_characteristics_register()
    {
        var flat = SimulatorFixture.FreshProperty();
        var lease = sim.Apps.Lease("a24-ok", flat);
        lease.DeclaredProperty = AsRegistered(flat);
        AssertReason(await sim.Client.SubmitAsync(lease), ApplicationStatus.Registered, "REGISTERED");
    }

    [Theory]
    [InlineData("area", "area 54.6")]
    [InlineData("rooms", "rooms 3")]
    [InlineData("address", "address")]
    public async Task A24_a_mismatch_suspends_with_its_ground_and_names_the_difference(string what, string named)
    {
        var flat = SimulatorFixture.FreshProperty();
        var lease = sim.Apps.Lease("a24-" + what, flat);
        lease.DeclaredProperty = AsRegistered(flat);
        switch (what)
        {
            case "area": lease.DeclaredProperty.AreaSqm = 54.6; break;
            case "rooms": lease.DeclaredProperty.Rooms = 3; break;
            default: lease.DeclaredProperty.Address = "Астана, другой дом 1"; break;
        }

        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_CHARACTERISTICS_MISMATCH");
        Assert.Contains(named, app.Reason.TextRu);
    }
}
