using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>The verifier's in-memory hash index is rebuilt from the ledger when the platform starts.</summary>
public sealed class LedgerHashIndexTests : IDisposable
{
    private readonly PlatformFactory _first = new();

    [Fact]
    public async Task A_restarted_platform_rebuilds_the_index_from_the_ledger_without_a_lookup()
    {
        // Leaves on the ledger: the tenant's consent, the guarantor's consent (A.9, before their questionnaire) and signature.
        await new ApplicationFlow(_first, _first.PkiDirectory).SubmittedApplicationAsync();
        var leaves = await _first.WithDbAsync(db => db.LedgerReceipts.CountAsync());
        Assert.Equal(3, leaves);

        // A second host on the same data directory: its warm-up reads the ledger at start-up.
        using var second = new PlatformFactory { Settings = { ["RentToOwn:DataDirectory"] = _first.DataDirectory } };
        var index = second.Services.GetRequiredService<LedgerHashIndex>();
        await TestWaits.UntilAsync(() => Task.FromResult(index.Indexed >= leaves));
        Assert.Equal(leaves, index.Indexed);
        Assert.Equal(0, index.Rebuilds);

        // A refresh with nothing new changes nothing.
        await index.RefreshAsync();
        Assert.Equal(leaves, index.Indexed);
    }

    public void Dispose() => _first.Dispose();
}
