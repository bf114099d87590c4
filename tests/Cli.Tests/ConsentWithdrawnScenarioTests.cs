using System.Text.Json;
using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

/// <summary><c>rto demo --scenario consent-withdrawn</c> (issue 16 §5, §7).</summary>
public sealed class ConsentWithdrawnScenarioTests
{
    [Fact]
    public void Appendix_withdrawing_the_consent_stops_the_review()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--scenario", "consent-withdrawn");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("review-stopped", json.GetProperty("outcome").GetString());
        Assert.Equal(200, json.GetProperty("officerBefore").GetInt32());
        Assert.Equal(404, json.GetProperty("officerAfter").GetInt32());
        Assert.False(json.GetProperty("tenantIinInQueue").GetBoolean());
        Assert.True(json.GetProperty("withdrawalLeafIndex").GetInt64() >= 0); // the signed withdrawal is on the ledger
    }
}
