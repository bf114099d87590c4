using Microsoft.Extensions.Time.Testing;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tests.Delivery;

/// <summary>Retries and durable reschedules run on the injected clock, not on wall time.</summary>
public sealed class DurableBackoffTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Unreachable_cadastre_reschedules_on_the_fake_clock_and_resends_only_when_it_is_due()
    {
        var clock = new ParkingClock(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero));
        var options = new GatewayOptions
        {
            RetryAttempts = 1,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            RetryMaxDelay = TimeSpan.FromMinutes(1),
            IdlePollInterval = TimeSpan.FromMinutes(10),
        };
        using var store = new SqliteOutboxStore(temp.File("o.db"));
        using var closed = new ClosedPort();
        using var dead = KadastrChannel.Create(closed.Url);
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(dead), options, clock);
        gateway.Submit(new Application { Id = "fake-1", Kind = ApplicationKind.LeaseEncumbranceRegistration, CadastralNumber = "x" });
        gateway.Start();

        // The first send fails at once; Polly's one retry waits ~1 s of fake time.
        await AdvanceUntil(clock, () => gateway.Find("fake-1")!.Attempts == 1, TimeSpan.FromMilliseconds(250));
        var first = gateway.Find("fake-1")!;
        Assert.Equal(OutboxState.Pending, first.State);
        var wait = first.NextAttemptAt - clock.GetUtcNow();
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)); // durable backoff: 4 × base with jitter in the upper half

        // The dispatcher parks on the fake clock until the item is due (not on the 10-minute idle poll): nothing is resent before it.
        await clock.WaitUntilParkedAsync(d => d < options.IdlePollInterval, TimeSpan.FromSeconds(30));
        Assert.Equal(1, gateway.Find("fake-1")!.Attempts);

        await AdvanceUntil(clock, () => gateway.Find("fake-1")!.Attempts == 2, TimeSpan.FromMilliseconds(250));
        Assert.True(clock.GetUtcNow() >= first.NextAttemptAt);
    }

    private static async Task AdvanceUntil(FakeTimeProvider clock, Func<bool> done, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !done(); i++)
        {
            await Task.Delay(5);
            clock.Advance(step);
        }

        Assert.True(done(), "condition not reached");
    }
}
