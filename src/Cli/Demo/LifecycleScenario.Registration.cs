using System.Text.Json;

namespace RentToOwn.Cli.Demo;

/// <summary>The registration steps (A.19–A.28, A.29–A.37) of <see cref="LifecycleScenario"/>.</summary>
public sealed partial class LifecycleScenario
{
    private Task<string> RegisterLeaseAsync(DemoParties p, Guid leaseId, DemoContract contract, CancellationToken ct)
    {
        log.WriteLine("registration: WIP");
        return Task.FromResult("WIP");
    }

    private Task<(string Termination, string Ownership)> RegisterClosingAsync(DemoParties p, Guid leaseId, JsonElement closing, CancellationToken ct) =>
        Task.FromResult(("WIP", "WIP"));

    private Task VerifyVerdictsAsync(DemoParties p, DemoVerifier verifier, CancellationToken ct) => Task.CompletedTask;
}
