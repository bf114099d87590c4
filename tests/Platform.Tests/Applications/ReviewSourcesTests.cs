using Microsoft.Extensions.Options;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>The A.15 sources outside the platform: the cadastre simulator's state look-ups and the options' checks.</summary>
public sealed class ReviewSourcesTests
{
    [Fact]
    public async Task The_financing_list_and_persons_come_from_the_cadastre_simulators_state()
    {
        using var lookups = new StateRegistryLookups(Options.Create(new ReviewCheckOptions()));
        // default-seed.json: 600202310000 and 991240100007 are on the list; the demo tenant is not.
        Assert.True(await lookups.IsListedAsync("600202310000", default));
        Assert.True(await lookups.IsListedAsync("991240100007", default));
        Assert.False(await lookups.IsListedAsync("900501300120", default));
        var tenant = await lookups.FindAsync("900501300120", default);
        Assert.NotNull(tenant);
        Assert.True(tenant.Alive && tenant.LegalCapacity);
        Assert.Null(await lookups.FindAsync("750303400118", default));
    }

    [Fact]
    public async Task A_missing_or_broken_state_seed_makes_the_source_unavailable_with_the_reason()
    {
        using var missing = new StateRegistryLookups(Options.Create(new ReviewCheckOptions { StateRegistrySeedFile = Path.Combine(Path.GetTempPath(), "no-such-seed.json") }));
        var ex = await Assert.ThrowsAsync<ReviewSourceUnavailableException>(() => missing.IsListedAsync("600202310000", default));
        Assert.Contains("state registries could not be read", ex.Message);

        var broken = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(broken, "{ \"persons\": ");
            using var lookups = new StateRegistryLookups(Options.Create(new ReviewCheckOptions { StateRegistrySeedFile = broken }));
            Assert.Contains("not valid JSON", (await Assert.ThrowsAsync<ReviewSourceUnavailableException>(() => lookups.FindAsync("900501300120", default))).Message);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Theory]
    [InlineData("ReviewChecks:MaxPaymentShareOfIncome", "0", "MaxPaymentShareOfIncome must be in (0, 1]")]
    [InlineData("ReviewChecks:MaxPaymentShareOfIncome", "1.5", "MaxPaymentShareOfIncome must be in (0, 1]")]
    [InlineData("ReviewChecks:MaxOverdueDays", "-1", "MaxOverdueDays must not be negative")]
    public void Bad_configuration_stops_the_start_with_a_clear_message(string key, string value, string message)
    {
        using var factory = new PlatformFactory { Settings = { [key] = value } };
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(message, ex.ToString());
    }
}
