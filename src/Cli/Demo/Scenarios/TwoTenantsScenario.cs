using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A.5, A.17, A.24: two approved tenants — the demo tenant (married, a family of two) and the demo guarantor applying for a
/// flat of their own (single, no guarantor) — are offered two different flats of KTK's stock; each contract is drafted
/// on its flat, signed, and its lease encumbrance registered by the cadastre (which checks KTK owns each flat and that
/// its characteristics match). Outcome <c>registered</c> when both are REGISTERED on different flats.
/// </summary>
public sealed class TwoTenantsScenario : INamedScenario
{
    /// <inheritdoc />
    public string Name => "two-tenants";

    /// <inheritdoc />
    public string Description => "A.5, A.17, A.24: two tenants get two flats of KTK's stock; both leases REGISTERED (registered)";

    /// <inheritdoc />
    public string ExpectedOutcome => "registered";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var p = new DemoParties(context.Url, context.Pki);
        using var second = new DemoUser(context.Url, context.Pki, "guarantor");
        var demo = new DemoScenario(context.Url, context.DataDirectory, context.Log);
        var lifecycle = new LifecycleScenario(context.Url, context.DataDirectory, DemoLedger.Embedded, context.Log);

        var first = await demo.SignContractAsync(p, ct);
        await p.Registrar.LoginAsync(ct);
        var firstStatus = await lifecycle.RegisterLeaseAsync(p, Guid.Parse(first.Id), first, ct);
        var firstFlat = await FlatOfAsync(p.Tenant, first.Id, ct);

        // The demo guarantor is on the next akimat list and applies alone (single, a family of one).
        var next = await demo.SignContractAsync(p, new DemoApplicant(second, Spouse: null, Guarantor: null, FamilyMembers: 1), ct);
        var registration = await lifecycle.FormAndSignAsync(p, second, Guid.Parse(next.Id), ct);
        await lifecycle.UnmarriedVideoSessionAsync(p, second, registration, ct);
        await lifecycle.PayFeeAsync(second, registration, "the registration fee (A.22)", ct);
        var secondStatus = await lifecycle.AwaitDecisionAsync(second, registration, "second lease encumbrance", ct);
        var secondFlat = await FlatOfAsync(second, next.Id, ct);

        var both = firstStatus == LifecycleScenario.Registered && secondStatus == LifecycleScenario.Registered && firstFlat != secondFlat;
        return new JsonObject
        {
            ["outcome"] = both ? "registered" : "not-registered",
            ["first"] = new JsonObject { ["flat"] = firstFlat, ["registration"] = firstStatus },
            ["second"] = new JsonObject { ["flat"] = secondFlat, ["registration"] = secondStatus },
        };
    }

    // The flat of the lease's registration application as the platform shows it to the tenant.
    private static async Task<string> FlatOfAsync(DemoUser tenant, string leaseId, CancellationToken ct)
    {
        var list = await DemoUser.Json(await tenant.Http.GetAsync("api/registrations", ct), $"{tenant.Role}: registrations", ct);
        return list.EnumerateArray().First(r => r.GetProperty("leaseId").GetString() == leaseId).GetProperty("cadastralNumber").GetString()!;
    }
}
