using System.Text.Json;
using RentToOwn.Cli.Commands;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Cli.Tests;

/// <summary>Issue 16 §7: the named scenarios of the housing work, run headless through <c>rto demo --scenario NAME</c>.</summary>
public sealed class HousingScenarioTests
{
    [Fact]
    public void A17_A24_two_tenants_get_two_flats_and_both_leases_are_registered()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--scenario", "two-tenants");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("registered", json.GetProperty("outcome").GetString());
        Assert.Equal("two-tenants", json.GetProperty("scenario").GetString());
        var first = json.GetProperty("first");
        var second = json.GetProperty("second");
        Assert.Equal(("REGISTERED", "REGISTERED"), (first.GetProperty("registration").GetString(), second.GetProperty("registration").GetString()));
        Assert.NotEqual(first.GetProperty("flat").GetString(), second.GetProperty("flat").GetString());
        Assert.Contains("guarantor accepted flat", error);
    }

    [Fact]
    public void A21_verdict_without_tenant_is_refused_and_nothing_reaches_the_cadastre()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--scenario", "verdict-without-tenant");
        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("refused", json.GetProperty("outcome").GetString());
        Assert.Equal(409, json.GetProperty("httpStatus").GetInt32());
        var reason = json.GetProperty("reason").GetString()!;
        Assert.StartsWith(UiText.Shared.Get("kk", "video.refused.parties_absent").Split("{0}")[0], reason, StringComparison.Ordinal); // A.21, in Kazakh
        Assert.Contains("Tenant", reason, StringComparison.Ordinal);
        Assert.NotEqual("REGISTERED", json.GetProperty("registration").GetString());
    }
}
