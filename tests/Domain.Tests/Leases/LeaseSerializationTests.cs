using RentToOwn.Domain.Leases;

namespace RentToOwn.Domain.Tests.Leases;

public class LeaseSerializationTests
{
    [Fact]
    public void Lease_RoundTripsThroughJson()
    {
        // Persistence (issue 2 §6) may store the lease as JSON: identity numbers as strings, money as decimal tenge.
        var lease = LeaseValidatorTests.Sample();
        var json = System.Text.Json.JsonSerializer.Serialize(lease);
        Assert.Contains("\"Iin\":\"650615400014\"", json);
        Assert.Contains("\"Price\":25000000.00", json);
        var back = System.Text.Json.JsonSerializer.Deserialize<Lease>(json)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back));
        Assert.Equal(lease.Terms, back.Terms);
        Assert.Equal(lease.Flat, back.Flat);
        Assert.Equal(lease.Parties.Guarantors, back.Parties.Guarantors);
    }
}
